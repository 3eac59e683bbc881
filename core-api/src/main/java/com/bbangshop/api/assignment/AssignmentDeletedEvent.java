package com.bbangshop.api.assignment;

/** {@code baker} is null when the reservation was canceled before any baker was assigned. */
public record AssignmentDeletedEvent(String reservationId, String baker) {
}
