package com.bbangshop.api.page;

import com.bbangshop.api.reservation.ReservationStatus;

import java.time.Instant;

/** One row of the customer's "my page": everything known about one reservation. */
public record ReservationView(String reservationId, String breadId, String breadName, int quantity,
                              ReservationStatus status, String seedStatus, String baker, Instant placedAt,
                              Instant updatedAt) {
}
