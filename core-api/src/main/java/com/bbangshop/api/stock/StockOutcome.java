package com.bbangshop.api.stock;

/**
 * What the bakery decided for one reservation, in answer to {@link ReserveStockCommand}: the same however often
 * asked.
 */
public enum StockOutcome {
    RESERVED,
    SOLD_OUT,
    /** Held once and given back on cancellation. */
    RELEASED
}
