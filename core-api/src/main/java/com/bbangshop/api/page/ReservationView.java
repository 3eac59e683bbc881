package com.bbangshop.api.page;

import com.bbangshop.api.reservation.ReservationStatus;

import java.time.Instant;

/**
 * One row of the customer's "my page": everything known about one reservation. {@code flagged} says staff should
 * look: the step named {@code flaggedStep} has gone unanswered for long (since {@code flaggedAt}); both are null
 * when it is not flagged. {@code pickupCode} is what the customer shows at the counter, once the bakery reserved the
 * loaves (null before, and for reservations made before pickup codes existed). {@code pickupBy} is when loaves
 * READY at the counter must be picked up (null until they are ready).
 */
public record ReservationView(String reservationId, String breadId, String breadName, int quantity,
                              ReservationStatus status, String seedStatus, String baker, Instant placedAt,
                              Instant updatedAt, boolean flagged, String flaggedStep, Instant flaggedAt,
                              String pickupCode, Instant pickupBy) {
}
