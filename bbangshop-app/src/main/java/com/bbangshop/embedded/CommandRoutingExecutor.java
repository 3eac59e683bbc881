package com.bbangshop.embedded;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.concurrent.Executor;

/**
 * Where a command runs, by who sends it:
 * <ul>
 * <li>while handling an event or a deadline (the saga's steps, its retries): later, in the follow-up lane, which
 * commits the follow-ups waiting together ({@link FollowUpCommandExecutor}), so it neither holds its aggregate's lock until the
 * handler's whole batch commits nor queues customers' commands behind a batch's worth of follow-ups;</li>
 * <li>inside the sender's own unit of work (a reservation being placed and decided): right there, in the sender's
 * thread and transaction, so that the commands commit together;</li>
 * <li>from anywhere else (a request thread): on the request pool, in its own transaction.</li>
 * </ul>
 */
final class CommandRoutingExecutor implements Executor {

    private final Executor requests;
    private final Executor followUps;

    CommandRoutingExecutor(Executor requests, Executor followUps) {
        this.requests = requests;
        this.followUps = followUps;
    }

    @Override
    public void execute(Runnable command) {
        if (!CurrentUnitOfWork.isStarted()) {
            requests.execute(command);
        } else if (CurrentUnitOfWork.get().getMessage() instanceof EventMessage<?>) {
            followUps.execute(command);
        } else {
            command.run();
        }
    }
}
