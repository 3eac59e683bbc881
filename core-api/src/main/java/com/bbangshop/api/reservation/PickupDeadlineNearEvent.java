package com.bbangshop.api.reservation;

import java.time.Instant;

/** A ready reservation will expire at {@code pickupBy} unless it is picked up; recorded once per reservation. */
public record PickupDeadlineNearEvent(String reservationId, String breadId, String pickupCode, Instant pickupBy) {
}
