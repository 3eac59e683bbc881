package com.bbangshop.embedded;

import com.bbangshop.embedded.FollowUpGroupsTest.CountingTransactions;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

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
    void aCommandThatFailsInsideAnotherUnitOfWorkLeavesTheSharedTransactionToItToCommit() {
        UnitOfWork<?> group = DefaultUnitOfWork.startAndGet(new GenericMessage<>("group"));
        group.attachTransaction(commandTransactions);
        UnitOfWork<?> failing = DefaultUnitOfWork.startAndGet(new GenericMessage<>("confirm"));
        failing.attachTransaction(commandTransactions);
        failing.rollback(new IllegalStateException("refused"));
        group.commit();

        assertThat(transactions.started.get()).as("only the outer one").isEqualTo(1);
        assertThat(transactions.rolledBack.get()).isZero();
        assertThat(transactions.committed.get()).isEqualTo(1);
    }
}
