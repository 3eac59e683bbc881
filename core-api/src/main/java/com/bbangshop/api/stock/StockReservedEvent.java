package com.bbangshop.api.stock;

/**
 * Loaves taken for a reservation. {@code pickupCode} is the code the customer shows at the counter: the bread's
 * prefix and its next ticket; null in events stored before pickup codes existed, and for breads without a prefix.
 */
public record StockReservedEvent(String breadId, String reservationId, int quantity, int remaining,
                                 String pickupCode) {

    /** A reservation decided without a pickup code (before codes existed, or for a bread without a prefix). */
    public StockReservedEvent(String breadId, String reservationId, int quantity, int remaining) {
        this(breadId, reservationId, quantity, remaining, null);
    }
}
