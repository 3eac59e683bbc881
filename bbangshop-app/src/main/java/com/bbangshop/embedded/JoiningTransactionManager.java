package com.bbangshop.embedded;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * The command bus's transactions. A command handled inside another unit of work (a reservation's placement, a group
 * of follow-ups) runs in that unit of work's transaction and leaves commit and rollback to it: its events reach the
 * database only when the outer unit of work commits, so a command that fails has written nothing, and it is dropped
 * without dooming the shared transaction for the commands beside it. The outer unit of work decides what its
 * commands' failures mean. A command on its own gets a transaction of its own, as always.
 */
final class JoiningTransactionManager implements TransactionManager {

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
        boolean insideAnother = CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().parent().isPresent();
        return insideAnother ? JOINED : transactions.startTransaction();
    }
}
