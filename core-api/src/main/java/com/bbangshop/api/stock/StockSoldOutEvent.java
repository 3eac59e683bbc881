package com.bbangshop.api.stock;

/** The business "no": fewer than {@code requested} loaves were left for this reservation. */
public record StockSoldOutEvent(String breadId, String reservationId, int requested, int remaining) {
}
