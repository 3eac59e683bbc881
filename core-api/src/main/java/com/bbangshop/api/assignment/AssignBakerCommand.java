package com.bbangshop.api.assignment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AssignBakerCommand(String reservationId, String breadId, int quantity) {

    @TargetAggregateIdentifier
    public String assignmentId() {
        return AssignmentId.of(reservationId);
    }
}
