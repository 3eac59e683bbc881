package com.bbangshop.api.stock;

public record BreadRegisteredEvent(String breadId, String name, int quantity, int maxPerReservation) {
}
