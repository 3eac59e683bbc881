package com.bbangshop.api.reservation;

import java.time.Instant;

/** The loaves are baked and wait at the counter until {@code pickupBy}; after that the reservation is a no-show. */
public record ReservationReadyEvent(String reservationId, String breadId, String pickupCode, Instant pickupBy) {
}
