package com.bbangshop.reservation.overload;

import java.time.Duration;

/** A reserve request refused up front: nothing was placed, and the customer may try again after {@code retryAfter}. */
public class ReservationOverloadedException extends RuntimeException {

    private final Duration retryAfter;

    ReservationOverloadedException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least one, as the Retry-After header wants them. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
