package com.bbangshop.api.assignment;

public record BakerAssignedEvent(String reservationId, String breadId, int quantity, String baker) {
}
