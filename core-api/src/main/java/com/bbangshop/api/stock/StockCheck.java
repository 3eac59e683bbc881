package com.bbangshop.api.stock;

/** The answer to {@link CheckStockCommand} for one request. */
public enum StockCheck {
    /** Enough loaves were left (or the reservation was decided before): place it and reserve as usual. */
    ENOUGH,
    /** Too few loaves: the reservation is sold out, and the bakery has recorded that for its id. */
    SOLD_OUT
}
