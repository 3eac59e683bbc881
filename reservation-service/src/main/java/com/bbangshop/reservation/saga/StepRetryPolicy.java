package com.bbangshop.reservation.saga;

import java.time.Duration;

/**
 * How long the saga waits for an answer before asking again: {@code initial}, doubling each time up to {@code max}.
 * After {@code flagAfter} unanswered attempts the step is reported as stuck (it keeps retrying).
 */
public record StepRetryPolicy(Duration initial, Duration max, int flagAfter) {

    public StepRetryPolicy {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0 || flagAfter < 1) {
            throw new IllegalArgumentException("retry policy needs 0 < initial <= max and flagAfter >= 1");
        }
    }

    public Duration delayBefore(int attempt) {
        Duration delay = initial;
        for (int i = 0; i < attempt && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }

    public boolean isStuck(int attempt) {
        return attempt >= flagAfter;
    }
}
