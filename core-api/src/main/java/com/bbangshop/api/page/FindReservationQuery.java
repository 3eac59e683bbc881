package com.bbangshop.api.page;

public record FindReservationQuery(String reservationId) {
}
