package com.bbangshop.api.stock;

/**
 * What the bakery decided for one reservation, in answer to {@link ReserveStockCommand}: the same however often
 * asked, except that a reservation holding no loaf may be forgotten once many younger ones are decided, and is then
 * answered {@link #SOLD_OUT}. Loaves are never taken for a reservation twice.
 */
public enum StockOutcome {
    RESERVED,
    SOLD_OUT,
    /** Held once and given back on cancellation. */
    RELEASED,
    /** The customer holds as many loaves of this bread as one customer may: nothing is held for it. */
    OVER_CUSTOMER_LIMIT
}
