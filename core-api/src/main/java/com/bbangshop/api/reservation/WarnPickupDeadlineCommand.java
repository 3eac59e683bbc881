package com.bbangshop.api.reservation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The pickup deadline is near: the customer is told once. */
public record WarnPickupDeadlineCommand(@TargetAggregateIdentifier String reservationId) {
}
