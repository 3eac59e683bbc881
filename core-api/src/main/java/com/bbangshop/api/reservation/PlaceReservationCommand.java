package com.bbangshop.api.reservation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Carries only the hash of the customer's cancel secret; the secret itself is never stored. */
public record PlaceReservationCommand(@TargetAggregateIdentifier String reservationId, String breadId, int quantity,
                                      String cancelSecretHash) {
}
