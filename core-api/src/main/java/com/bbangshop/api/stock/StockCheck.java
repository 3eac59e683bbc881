package com.bbangshop.api.stock;

/** The answer to {@link CheckStockCommand} for one request. */
public enum StockCheck {
    /** Enough loaves were left (or the reservation was decided before): place it and reserve as usual. */
    ENOUGH,
    /**
     * Too few loaves (or the request came after the bakery had forgotten reservations as old as this one): the
     * reservation is sold out, and the bakery answers sold out for its id from now on.
     */
    SOLD_OUT,
    /**
     * The customer holds as many loaves of this bread as one customer may (with what this request asks): nothing is
     * recorded, since nothing is held; the reservation is not placed.
     */
    OVER_CUSTOMER_LIMIT
}
