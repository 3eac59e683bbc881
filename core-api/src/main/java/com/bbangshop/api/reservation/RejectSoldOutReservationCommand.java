package com.bbangshop.api.reservation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RejectSoldOutReservationCommand(@TargetAggregateIdentifier String reservationId) {
}
