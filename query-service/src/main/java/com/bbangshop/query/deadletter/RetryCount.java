package com.bbangshop.query.deadletter;

import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;

/** How many retries of a dead letter have failed, kept in the letter's diagnostics (absent: it never failed yet). */
final class RetryCount {

    static final String KEY = "retries";

    private RetryCount() {
    }

    static int of(DeadLetter<?> letter) {
        return letter.diagnostics().get(KEY) instanceof Number retries ? retries.intValue() : 0;
    }

    /** The diagnostics after one more failure: 0 for the failure that parked it, then one more per retry. */
    static MetaData afterFailure(DeadLetter<?> letter) {
        boolean parkedBefore = letter.diagnostics().containsKey(KEY);
        return letter.diagnostics().and(KEY, parkedBefore ? of(letter) + 1 : 0);
    }
}
