package com.bbangshop.api.stock;

/** One reservation's request for loaves, as the bakery decides it. */
public record StockRequest(String reservationId, int quantity) {
}
