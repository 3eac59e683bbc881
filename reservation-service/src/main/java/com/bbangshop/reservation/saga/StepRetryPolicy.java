package com.bbangshop.reservation.saga;

import java.time.Duration;

/**
 * How long the saga waits for an answer before asking again: {@code initial}, doubling each time up to {@code max},
 * for as long as it takes (retries never stop). Once a step has waited {@code flagAfter} in all, it is overdue: the
 * reservation is flagged for staff, and the retries go on at {@code max}.
 */
public record StepRetryPolicy(Duration initial, Duration max, Duration flagAfter) {

    public StepRetryPolicy {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0
                || flagAfter.isNegative() || flagAfter.isZero()) {
            throw new IllegalArgumentException("retry policy needs 0 < initial <= max and flagAfter > 0");
        }
    }

    public Duration delayBefore(int attempt) {
        Duration delay = initial;
        for (int i = 0; i < attempt && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }

    /** The time a step has waited when its {@code attempt}-th retry comes: the sum of the delays before it. */
    public Duration waitedBefore(int attempt) {
        Duration waited = Duration.ZERO;
        for (int i = 0; i < attempt; i++) {
            waited = waited.plus(delayBefore(i));
        }
        return waited;
    }

    public boolean isOverdue(int attempt) {
        return waitedBefore(attempt).compareTo(flagAfter) >= 0;
    }
}
