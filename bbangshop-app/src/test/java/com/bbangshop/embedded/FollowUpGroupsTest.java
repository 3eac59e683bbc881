package com.bbangshop.embedded;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class FollowUpGroupsTest {

    private final CountingTransactions transactions = new CountingTransactions();
    private final FollowUpGroups lane = new FollowUpGroups(transactions, 1, 100);

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
                allRan.countDown();
            });
        }

        release.countDown();

        assertThat(allRan.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(unitsOfWork).hasSize(5).containsOnly(unitsOfWork.get(0));
        awaitCommits(2);
        assertThat(transactions.started.get()).as("the first one alone, then the five waiting together").isEqualTo(2);
    }

    @Test
    void aFollowUpThatBreaksDoesNotKeepTheOthersInItsGroupFromCommitting() throws Exception {
        CountDownLatch release = keepTheLaneBusy();
        CountDownLatch after = new CountDownLatch(1);
        lane.execute(() -> {
            throw new IllegalStateException("broken follow-up");
        });
        lane.execute(after::countDown);

        release.countDown();

        assertThat(after.await(5, TimeUnit.SECONDS)).isTrue();
        awaitCommits(2);
        assertThat(transactions.rolledBack.get()).isZero();
    }

    /** The lane runs one follow-up that waits for the latch returned; whatever is sent meanwhile waits together. */
    private CountDownLatch keepTheLaneBusy() throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        lane.execute(() -> {
            running.countDown();
            await(release);
        });
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
        return release;
    }

    private void awaitCommits(int commits) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (transactions.committed.get() < commits && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(transactions.committed.get()).isEqualTo(commits);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static final class CountingTransactions implements TransactionManager {
        final AtomicInteger started = new AtomicInteger();
        final AtomicInteger committed = new AtomicInteger();
        final AtomicInteger rolledBack = new AtomicInteger();

        @Override
        public Transaction startTransaction() {
            started.incrementAndGet();
            return new Transaction() {
                @Override
                public void commit() {
                    committed.incrementAndGet();
                }

                @Override
                public void rollback() {
                    rolledBack.incrementAndGet();
                }
            };
        }
    }
}
