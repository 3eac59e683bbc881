package com.bbangshop.embedded;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class CommandRoutingExecutorTest {

    private final ExecutorService requests = Executors.newSingleThreadExecutor(r -> new Thread(r, "request-lane"));
    private final ExecutorService followUps = Executors.newSingleThreadExecutor(r -> new Thread(r, "follow-up-lane"));
    private final CommandRoutingExecutor lanes = new CommandRoutingExecutor(requests, followUps);

    @AfterEach
    void stop() {
        requests.shutdownNow();
        followUps.shutdownNow();
    }

    @Test
    void aCommandSentFromARequestThreadRunsInTheRequestLane() throws Exception {
        assertThat(laneOf()).isEqualTo("request-lane");
    }

    @Test
    void aCommandSentWhileHandlingAnEventRunsInTheFollowUpLane() throws Exception {
        DefaultUnitOfWork<?> handling = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("placed"));
        try {
            assertThat(laneOf()).isEqualTo("follow-up-lane");
        } finally {
            handling.rollback();
        }
    }

    @Test
    void aCommandSentInsideTheSendersOwnUnitOfWorkRunsRightThereToCommitWithIt() throws Exception {
        DefaultUnitOfWork<?> placing = DefaultUnitOfWork.startAndGet(new GenericMessage<>("place and decide"));
        try {
            assertThat(laneOf()).isEqualTo(Thread.currentThread().getName());
        } finally {
            placing.rollback();
        }
    }

    private String laneOf() throws Exception {
        CompletableFuture<String> thread = new CompletableFuture<>();
        lanes.execute(() -> thread.complete(Thread.currentThread().getName()));
        return thread.get(5, TimeUnit.SECONDS);
    }
}
