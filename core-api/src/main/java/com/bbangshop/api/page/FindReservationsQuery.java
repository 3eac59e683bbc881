package com.bbangshop.api.page;

import com.bbangshop.api.reservation.ReservationStatus;

/**
 * {@code status} null means every status; {@code flaggedOnly} keeps the reservations flagged for staff;
 * {@code pickupCode}, when not null, keeps the reservations with that code (as normalized by the asker: upper case,
 * no spaces or dashes), those not yet ended first.
 */
public record FindReservationsQuery(int page, int size, ReservationStatus status, boolean flaggedOnly,
                                    String pickupCode) {

    public FindReservationsQuery(int page, int size, ReservationStatus status, boolean flaggedOnly) {
        this(page, size, status, flaggedOnly, null);
    }

    public FindReservationsQuery(int page, int size, ReservationStatus status) {
        this(page, size, status, false);
    }
}
