package com.bbangshop.api.kitchen;

import java.time.Instant;

/** One reservation in a baker's queue; {@code pickupBy} only once it is ready. */
public record BakerQueueEntry(String reservationId, String pickupCode, String breadName, int quantity,
                              Instant pickupBy) {
}
