package com.bbangshop.api.assignment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeleteAssignmentCommand(String reservationId) {

    @TargetAggregateIdentifier
    public String assignmentId() {
        return AssignmentId.of(reservationId);
    }
}
