package com.bbangshop.embedded;

import org.axonframework.common.AxonThreadFactory;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The lane of the commands that sagas and deadlines send. Whatever is waiting when the lane gets to it is handled in
 * one unit of work, so in one transaction committed once (see {@link JoiningTransactionManager}): in a flash sale the
 * durable commits, not the commands, are the expensive part behind every sold loaf. A command that fails in a group is
 * dropped alone; its sender hears of it and asks again. If the group's commit itself fails, nothing of it is stored,
 * and the sagas' retry deadlines ask again.
 */
final class FollowUpCommandExecutor implements Executor {

    private static final Logger log = LoggerFactory.getLogger(FollowUpCommandExecutor.class);

    private final int maxGroup;
    private final BlockingQueue<Runnable> waiting = new LinkedBlockingQueue<>();
    private final ExecutorService workers;

    FollowUpCommandExecutor(int threads, int maxGroup) {
        if (threads < 1 || maxGroup < 1) {
            throw new IllegalArgumentException("follow-up threads and group size must be at least 1");
        }
        this.maxGroup = maxGroup;
        this.workers = Executors.newFixedThreadPool(threads, new AxonThreadFactory("follow-up-commands"));
        for (int i = 0; i < threads; i++) {
            workers.execute(this::handleWhatArrives);
        }
    }

    @Override
    public void execute(Runnable command) {
        waiting.add(command);
    }

    void shutdown() {
        workers.shutdownNow();
    }

    private void handleWhatArrives() {
        List<Runnable> group = new ArrayList<>(maxGroup);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                group.add(waiting.take());
            } catch (InterruptedException stopping) {
                return;
            }
            waiting.drainTo(group, maxGroup - 1);
            try {
                handleTogether(group);
            } catch (Throwable unexpected) { // whatever one group met, the lane must go on; the sagas ask again
                log.error("a group of {} follow-up commands failed", group.size(), unexpected);
            }
            group.clear();
        }
    }

    private void handleTogether(List<Runnable> group) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(new GenericMessage<>("follow-up commands"));
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
            for (Runnable command : group) {
                try {
                    command.run();
                } catch (RuntimeException unexpected) {
                    // the bus reports a command's own failure to its sender; this is one of the bus's own
                    log.error("a follow-up command could not be run; the others in its group go on", unexpected);
                }
            }
            return null;
        });
        if (result.isExceptional()) {
            log.warn("a group of {} follow-up commands was not stored; their sagas ask again",
                    group.size(), result.exceptionResult());
        }
    }
}
