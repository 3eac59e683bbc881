package com.bbangshop.api.reservation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records a reservation the bakery already found sold out before it was placed: it starts and ends as SOLD_OUT, with
 * no stock held and nothing left to coordinate.
 */
public record RecordSoldOutReservationCommand(@TargetAggregateIdentifier String reservationId, String breadId,
                                              int quantity) {
}
