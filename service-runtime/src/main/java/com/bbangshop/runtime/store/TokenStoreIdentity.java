package com.bbangshop.runtime.store;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToRetrieveIdentifierException;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Makes the token store's identity (its configuration token) before anything asks for it. Axon makes it on first
 * use, and on a new store the processors and Axon Server's processor control asked at once as they started: the
 * second insert failed and took the process down. A replica making it at the same moment is outlasted by asking
 * again, each time in a transaction of its own.
 */
final class TokenStoreIdentity implements SmartInitializingSingleton {

    private static final int ATTEMPTS = 3;

    private final TokenStore tokens;
    private final TransactionManager transactions;

    TokenStoreIdentity(TokenStore tokens, TransactionManager transactions) {
        this.tokens = tokens;
        this.transactions = transactions;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.fetchInTransaction(tokens::retrieveStorageIdentifier);
                return;
            } catch (UnableToRetrieveIdentifierException madeElsewhereMeanwhile) {
                if (attempt == ATTEMPTS) {
                    throw madeElsewhereMeanwhile;
                }
            }
        }
    }
}
