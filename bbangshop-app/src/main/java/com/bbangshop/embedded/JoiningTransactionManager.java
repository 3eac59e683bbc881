package com.bbangshop.embedded;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The command bus's transactions. Commands handled inside another unit of work (a group of placements, a group of
 * follow-ups) share one transaction, which the first of them starts on the outer unit of work and which commits or
 * rolls back with it: their events reach the database only when the outer unit of work commits, so a command that
 * fails has written nothing, and it is dropped without dooming the shared transaction for the commands beside it.
 * The outer unit of work holds no transaction of its own, so it can be the same code where commands are sent to other
 * services and nothing waits on a connection. A command on its own gets a transaction of its own, as always.
 */
final class JoiningTransactionManager implements TransactionManager {

    private static final String SHARED = JoiningTransactionManager.class.getName() + ".shared";

    private static final Transaction JOINED = new Transaction() {
        @Override
        public void commit() {
            // the outer unit of work commits
        }

        @Override
        public void rollback() {
            // the outer unit of work decides; this command's own events are dropped with its unit of work
        }
    };

    private final TransactionManager transactions;

    JoiningTransactionManager(TransactionManager transactions) {
        this.transactions = transactions;
    }

    @Override
    public Transaction startTransaction() {
        if (!CurrentUnitOfWork.isStarted() || CurrentUnitOfWork.get().parent().isEmpty()) {
            return transactions.startTransaction();
        }
        UnitOfWork<?> outer = CurrentUnitOfWork.get().root();
        outer.getOrComputeResource(SHARED, key -> {
            Transaction shared = transactions.startTransaction();
            outer.onCommit(unitOfWork -> shared.commit());
            outer.onRollback(unitOfWork -> shared.rollback());
            return shared;
        });
        return JOINED;
    }
}
