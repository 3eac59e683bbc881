package com.bbangshop.embedded;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;

/**
 * Two lanes for commands: those a customer's request waits for, and those sent while handling a message (the saga's
 * steps, deadline retries). In a flash sale the saga sends its commands in bursts of a whole batch; in one shared
 * queue every customer's stock decision would wait behind them. The sender tells which lane: a request thread has no
 * unit of work of its own, a saga's handler runs inside one.
 */
final class CommandLanes implements Executor {

    private final ExecutorService requests;
    private final ExecutorService followUps;

    CommandLanes(ExecutorService requests, ExecutorService followUps) {
        this.requests = requests;
        this.followUps = followUps;
    }

    @Override
    public void execute(Runnable command) {
        (CurrentUnitOfWork.isStarted() ? followUps : requests).execute(command);
    }
}
