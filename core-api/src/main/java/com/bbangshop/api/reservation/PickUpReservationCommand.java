package com.bbangshop.api.reservation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Staff hand the loaves over. {@code pickupCode}, when not null, is the code the customer showed: the reservation
 * refuses it unless it is its own, so a read model that was behind cannot hand over the wrong reservation.
 */
public record PickUpReservationCommand(@TargetAggregateIdentifier String reservationId, String pickupCode) {

    /** Handed over by id, without a code to check. */
    public PickUpReservationCommand(String reservationId) {
        this(reservationId, null);
    }
}
