package com.bbangshop.api.reservation;

/** breadSucceed: a baker bakes this reservation's loaves. */
public record ReservationConfirmedEvent(String reservationId, String breadId, String baker) {
}
