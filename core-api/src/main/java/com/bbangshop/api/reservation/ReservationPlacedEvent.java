package com.bbangshop.api.reservation;

public record ReservationPlacedEvent(String reservationId, String breadId, int quantity, String cancelSecretHash) {
}
