package com.bbangshop.api.waitlist;

import java.time.Instant;

/**
 * One customer on a bread's waitlist as their card shows it. {@code position} (1 is next) only while WAITING;
 * {@code offerId} and {@code holdUntil} once a loaf was offered; {@code reservationId} once they accepted it.
 */
public record WaiterView(String waiterId, String breadId, String breadName, WaiterStatus status, Integer position,
                         String offerId, Instant holdUntil, String reservationId, Instant joinedAt,
                         Instant updatedAt) {
}
