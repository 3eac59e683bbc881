package com.bbangshop.api.reservation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record PickUpReservationCommand(@TargetAggregateIdentifier String reservationId) {
}
