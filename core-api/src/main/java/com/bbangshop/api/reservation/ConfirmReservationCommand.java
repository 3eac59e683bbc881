package com.bbangshop.api.reservation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ConfirmReservationCommand(@TargetAggregateIdentifier String reservationId, String baker) {
}
