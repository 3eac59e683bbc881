package com.bbangshop.api.reservation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The pickup deadline passed: a reservation still waiting at the counter becomes a no-show. */
public record ExpireReservationCommand(@TargetAggregateIdentifier String reservationId) {
}
