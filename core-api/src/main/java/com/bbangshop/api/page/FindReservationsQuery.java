package com.bbangshop.api.page;

import com.bbangshop.api.reservation.ReservationStatus;

/** {@code status} null means every status. */
public record FindReservationsQuery(int page, int size, ReservationStatus status) {
}
