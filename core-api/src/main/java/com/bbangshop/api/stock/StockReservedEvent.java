package com.bbangshop.api.stock;

/**
 * Loaves taken for a reservation. {@code pickupCode} is the code the customer shows at the counter: the bread's
 * prefix and its next ticket; null in events stored before pickup codes existed, and for breads without a prefix.
 * {@code customerHash} is the customer the loaves count against, for a bread with a limit per customer; null
 * otherwise, and in events stored before such limits existed.
 */
public record StockReservedEvent(String breadId, String reservationId, int quantity, int remaining,
                                 String pickupCode, String customerHash) {

    /** A reservation decided without a pickup code (before codes existed, or for a bread without a prefix). */
    public StockReservedEvent(String breadId, String reservationId, int quantity, int remaining) {
        this(breadId, reservationId, quantity, remaining, null);
    }

    /** A reservation that counts against no customer's limit. */
    public StockReservedEvent(String breadId, String reservationId, int quantity, int remaining,
                              String pickupCode) {
        this(breadId, reservationId, quantity, remaining, pickupCode, null);
    }
}
