package com.bbangshop.api.stock;

/**
 * One reservation's request for loaves, as the bakery decides it. {@code customerHash} is the keyed hash of the
 * customer's phone number, for a bread that limits loaves per customer (null otherwise); never the number itself.
 */
public record StockRequest(String reservationId, int quantity, String customerHash) {

    public StockRequest(String reservationId, int quantity) {
        this(reservationId, quantity, null);
    }
}
