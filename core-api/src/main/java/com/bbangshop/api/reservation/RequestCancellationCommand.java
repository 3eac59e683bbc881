package com.bbangshop.api.reservation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A customer proves the right to cancel with the hash of the secret handed out at placement;
 * staff ({@code byStaff}) may cancel any reservation.
 */
public record RequestCancellationCommand(@TargetAggregateIdentifier String reservationId, String cancelSecretHash,
                                         boolean byStaff) {
}
