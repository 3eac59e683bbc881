package com.bbangshop.api.reservation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The reservation's saga gives up on a stock decision that was never recorded (the request that was taking it did
 * not finish): the reservation is canceled, so whatever the bakery may hold for it goes back on sale.
 */
public record AbandonReservationCommand(@TargetAggregateIdentifier String reservationId) {
}
