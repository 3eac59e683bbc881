package com.bbangshop.api.reservation;

/** The reservation needs staff attention: its saga has waited {@code waitedSeconds} at {@code step}. */
public record ReservationFlaggedEvent(String reservationId, String breadId, String step, long waitedSeconds) {
}
