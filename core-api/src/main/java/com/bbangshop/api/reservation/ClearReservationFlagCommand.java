package com.bbangshop.api.reservation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The step the reservation was flagged at has been answered; clearing an unflagged reservation changes nothing. */
public record ClearReservationFlagCommand(@TargetAggregateIdentifier String reservationId) {
}
