package com.bbangshop.api.reservation;

public record ReservationPickedUpEvent(String reservationId, String breadId) {
}
