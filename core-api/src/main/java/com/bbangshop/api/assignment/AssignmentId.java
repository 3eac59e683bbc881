package com.bbangshop.api.assignment;

/**
 * An assignment belongs to exactly one reservation, but aggregate ids share one event store, so the assignment's id
 * is the reservation's with a prefix of its own.
 */
public final class AssignmentId {

    private AssignmentId() {
    }

    public static String of(String reservationId) {
        return "assignment-" + reservationId;
    }
}
