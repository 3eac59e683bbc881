package com.bbangshop.api.assignment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The first baker of a reservation that has had no assignment yet: sent right after the reservation was accepted, in
 * the same breath as its placement, so the bakery creates the assignment without first looking for an earlier one.
 * An assignment that exists already makes it fail (nothing changes). Whoever asks later, or again, sends
 * {@link AssignBakerCommand}, which answers with the baker assigned first.
 */
public record AssignFirstBakerCommand(String reservationId, String breadId, int quantity) {

    @TargetAggregateIdentifier
    public String assignmentId() {
        return AssignmentId.of(reservationId);
    }
}
