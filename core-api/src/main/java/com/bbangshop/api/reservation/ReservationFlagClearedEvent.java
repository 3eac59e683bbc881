package com.bbangshop.api.reservation;

/** The reservation moves again; it no longer needs staff attention. */
public record ReservationFlagClearedEvent(String reservationId, String breadId) {
}
