package com.bbangshop.api.stock;

/**
 * The business "no" to a request checked before it was placed: fewer than {@code requested} loaves were left. Its
 * reservation is born sold out and never holds anything, so nothing waits for this answer but the request itself
 * (a placed reservation's "no" is {@link StockSoldOutEvent}).
 */
public record StockCheckedSoldOutEvent(String breadId, String reservationId, int requested, int remaining) {
}
