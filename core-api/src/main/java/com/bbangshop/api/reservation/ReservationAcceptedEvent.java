package com.bbangshop.api.reservation;

/**
 * The reservation holds its loaves. {@code pickupCode} is what the customer shows at the counter; null in events
 * stored before pickup codes existed (and for breads registered before then), which are handed over by id.
 */
public record ReservationAcceptedEvent(String reservationId, String breadId, int quantity, String pickupCode) {
}
