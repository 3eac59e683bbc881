package com.bbangshop.embedded;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class FollowUpCommandExecutorTest {

    private final AtomicInteger committed = new AtomicInteger();
    private final AtomicInteger rolledBack = new AtomicInteger();
    private final FollowUpCommandExecutor lane = new FollowUpCommandExecutor(1, 100);

    @AfterEach
    void stop() {
        lane.shutdown();
    }

    @Test
    void followUpsThatWaitTogetherAreHandledInOneUnitOfWorkAndCommittedOnce() throws Exception {
        CountDownLatch release = keepTheLaneBusy();
        List<Object> unitsOfWork = new CopyOnWriteArrayList<>();
        CountDownLatch allRan = new CountDownLatch(5);
        for (int i = 0; i < 5; i++) {
            lane.execute(() -> {
                unitsOfWork.add(CurrentUnitOfWork.get());
                countCommits();
                allRan.countDown();
            });
        }

        release.countDown();

        assertThat(allRan.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(unitsOfWork).hasSize(5).containsOnly(unitsOfWork.get(0));
        awaitCommits(2);
        assertThat(committed.get()).as("the first one alone, then the five waiting together").isEqualTo(2);
    }

    @Test
    void aFollowUpThatBreaksDoesNotKeepTheOthersInItsGroupFromCommitting() throws Exception {
        CountDownLatch release = keepTheLaneBusy();
        CountDownLatch after = new CountDownLatch(1);
        lane.execute(() -> {
            countCommits();
            throw new IllegalStateException("broken follow-up");
        });
        lane.execute(after::countDown);

        release.countDown();

        assertThat(after.await(5, TimeUnit.SECONDS)).isTrue();
        awaitCommits(2);
        assertThat(rolledBack.get()).isZero();
    }

    /** The lane runs one follow-up that waits for the latch returned; whatever is sent meanwhile waits together. */
    private CountDownLatch keepTheLaneBusy() throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        lane.execute(() -> {
            countCommits();
            running.countDown();
            await(release);
        });
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
        return release;
    }

    private void awaitCommits(int commits) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (committed.get() < commits && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(committed.get()).isEqualTo(commits);
    }

    /** Counts each unit of work of the lane once, however many follow-ups it holds. */
    private void countCommits() {
        CurrentUnitOfWork.get().getOrComputeResource("counted", key -> {
            CurrentUnitOfWork.get().onCommit(unitOfWork -> committed.incrementAndGet());
            CurrentUnitOfWork.get().onRollback(unitOfWork -> rolledBack.incrementAndGet());
            return true;
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
