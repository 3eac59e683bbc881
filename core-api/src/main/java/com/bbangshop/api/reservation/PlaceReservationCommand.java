package com.bbangshop.api.reservation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Carries only the hash of the customer's cancel secret; the secret itself is never stored. {@code customerHash} is
 * the keyed hash of the customer's phone number where the bread limits loaves per customer (null otherwise): it goes
 * to the bakery with the stock request and is not kept by the reservation.
 */
public record PlaceReservationCommand(@TargetAggregateIdentifier String reservationId, String breadId, int quantity,
                                      String cancelSecretHash, String customerHash) {

    public PlaceReservationCommand(String reservationId, String breadId, int quantity, String cancelSecretHash) {
        this(reservationId, breadId, quantity, cancelSecretHash, null);
    }
}
