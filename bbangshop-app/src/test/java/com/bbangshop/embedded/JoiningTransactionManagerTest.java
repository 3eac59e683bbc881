package com.bbangshop.embedded;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class JoiningTransactionManagerTest {

    private final CountingTransactions transactions = new CountingTransactions();
    private final JoiningTransactionManager commandTransactions = new JoiningTransactionManager(transactions);

    @Test
    void aCommandOnItsOwnGetsATransactionOfItsOwn() {
        UnitOfWork<?> command = DefaultUnitOfWork.startAndGet(new GenericMessage<>("cancel"));
        command.attachTransaction(commandTransactions);
        command.rollback();

        assertThat(transactions.started.get()).isEqualTo(1);
        assertThat(transactions.rolledBack.get()).isEqualTo(1);
    }

    @Test
    void commandsInsideAnotherUnitOfWorkShareOneTransactionThatCommitsWithIt() {
        UnitOfWork<?> group = DefaultUnitOfWork.startAndGet(new GenericMessage<>("group"));
        handleNested("place");
        handleNested("accept");
        assertThat(transactions.committed.get()).as("not before the group commits").isZero();

        group.commit();

        assertThat(transactions.started.get()).as("one, shared").isEqualTo(1);
        assertThat(transactions.committed.get()).isEqualTo(1);
    }

    @Test
    void aCommandThatFailsInsideAnotherUnitOfWorkLeavesTheSharedTransactionToItToCommit() {
        UnitOfWork<?> group = DefaultUnitOfWork.startAndGet(new GenericMessage<>("group"));
        handleNested("place");
        UnitOfWork<?> failing = DefaultUnitOfWork.startAndGet(new GenericMessage<>("confirm"));
        failing.attachTransaction(commandTransactions);
        failing.rollback(new IllegalStateException("refused"));
        group.commit();

        assertThat(transactions.started.get()).isEqualTo(1);
        assertThat(transactions.rolledBack.get()).isZero();
        assertThat(transactions.committed.get()).isEqualTo(1);
    }

    @Test
    void theSharedTransactionRollsBackWithTheOuterUnitOfWork() {
        UnitOfWork<?> group = DefaultUnitOfWork.startAndGet(new GenericMessage<>("group"));
        handleNested("place");
        group.rollback(new IllegalStateException("the group failed"));

        assertThat(transactions.rolledBack.get()).isEqualTo(1);
        assertThat(transactions.committed.get()).isZero();
    }

    @Test
    void anOuterUnitOfWorkWhoseCommandsRanElsewhereHoldsNoTransaction() {
        DefaultUnitOfWork.startAndGet(new GenericMessage<>("placement sent to other services")).commit();

        assertThat(transactions.started.get()).isZero();
    }

    private void handleNested(String command) {
        UnitOfWork<?> nested = DefaultUnitOfWork.startAndGet(new GenericMessage<>(command));
        nested.attachTransaction(commandTransactions);
        nested.commit();
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
