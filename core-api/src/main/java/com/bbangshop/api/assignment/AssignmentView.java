package com.bbangshop.api.assignment;

import java.time.Instant;

public record AssignmentView(String reservationId, String breadId, String baker, int quantity, Instant assignedAt) {
}
