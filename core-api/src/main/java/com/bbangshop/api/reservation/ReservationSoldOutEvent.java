package com.bbangshop.api.reservation;

public record ReservationSoldOutEvent(String reservationId, String breadId, int quantity) {
}
