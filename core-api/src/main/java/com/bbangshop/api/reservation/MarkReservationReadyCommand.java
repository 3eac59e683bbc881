package com.bbangshop.api.reservation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Staff say the loaves are baked: the customer may pick them up until {@code pickupBy}. */
public record MarkReservationReadyCommand(@TargetAggregateIdentifier String reservationId, Instant pickupBy) {
}
