package com.bbangshop.api.reservation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A waiting customer accepted a loaf offered from the waitlist: the bakery already holds it for this reservation and
 * gave it {@code pickupCode}, so the reservation is born accepted. {@code cancelSecretHash} is the hash of the
 * secret the customer got when joining the waitlist.
 */
public record PlaceOfferedReservationCommand(@TargetAggregateIdentifier String reservationId, String breadId,
                                             int quantity, String cancelSecretHash, String pickupCode,
                                             String offerId) {
}
