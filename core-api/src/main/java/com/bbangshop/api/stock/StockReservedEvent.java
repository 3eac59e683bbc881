package com.bbangshop.api.stock;

public record StockReservedEvent(String breadId, String reservationId, int quantity, int remaining) {
}
