package com.bbangshop.api.assignment;

/** One assignment made or deleted: {@code assignment} is the new one, or null when it was deleted. */
public record AssignmentChange(String reservationId, AssignmentView assignment) {

    public static AssignmentChange made(AssignmentView assignment) {
        return new AssignmentChange(assignment.reservationId(), assignment);
    }

    public static AssignmentChange deleted(String reservationId) {
        return new AssignmentChange(reservationId, null);
    }
}
