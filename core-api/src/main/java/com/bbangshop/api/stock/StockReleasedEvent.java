package com.bbangshop.api.stock;

public record StockReleasedEvent(String breadId, String reservationId, int quantity, int remaining) {
}
