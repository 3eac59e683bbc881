package com.bbangshop.api.reservation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CompleteCancellationCommand(@TargetAggregateIdentifier String reservationId) {
}
