package com.bbangshop.api.reservation;

/** breadCanceled: the assignment is gone and the loaves are back on sale. */
public record ReservationCanceledEvent(String reservationId, String breadId, int quantity) {
}
