package com.bbangshop.reservation;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * What marking one reservation ready came to: {@code ready} with the pickup deadline in force (the first one given,
 * for a reservation that was ready already), or refused with the HTTP status and detail its own request would have
 * had.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReadyOutcome(String reservationId, boolean ready, Instant pickupBy, Integer status, String detail) {

    static ReadyOutcome ready(String reservationId, Instant pickupBy) {
        return new ReadyOutcome(reservationId, true, pickupBy, null, null);
    }

    static ReadyOutcome refused(String reservationId, int status, String detail) {
        return new ReadyOutcome(reservationId, false, null, status, detail);
    }
}
