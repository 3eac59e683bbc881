package com.bbangshop.api.reservation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records the bakery's "reserved", with the pickup code it gave (null where it gave none). */
public record AcceptReservationCommand(@TargetAggregateIdentifier String reservationId, String pickupCode) {
}
