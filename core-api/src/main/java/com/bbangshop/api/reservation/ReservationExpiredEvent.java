package com.bbangshop.api.reservation;

/** Nobody came for the loaves by the pickup deadline (NO_SHOW, final): they go to the waitlist or back on sale. */
public record ReservationExpiredEvent(String reservationId, String breadId, int quantity, String pickupCode) {
}
