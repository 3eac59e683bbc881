package com.bbangshop.api.page;

import com.bbangshop.api.reservation.ReservationStatus;

/** {@code status} null means every status; {@code flaggedOnly} keeps the reservations flagged for staff. */
public record FindReservationsQuery(int page, int size, ReservationStatus status, boolean flaggedOnly) {

    public FindReservationsQuery(int page, int size, ReservationStatus status) {
        this(page, size, status, false);
    }
}
