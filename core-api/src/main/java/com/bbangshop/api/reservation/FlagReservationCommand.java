package com.bbangshop.api.reservation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The saga has waited {@code waitedSeconds} for an answer at {@code step} and keeps retrying: staff should look.
 * A flag is a fact beside the status, not a status; flagging a flagged reservation changes nothing.
 */
public record FlagReservationCommand(@TargetAggregateIdentifier String reservationId, String step,
                                     long waitedSeconds) {
}
