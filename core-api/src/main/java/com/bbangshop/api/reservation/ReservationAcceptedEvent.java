package com.bbangshop.api.reservation;

public record ReservationAcceptedEvent(String reservationId, String breadId, int quantity) {
}
