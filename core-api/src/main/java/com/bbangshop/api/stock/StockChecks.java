package com.bbangshop.api.stock;

import java.util.List;

/** The answer to {@link CheckStockCommand}: one check per request, in the order asked. */
public record StockChecks(List<StockCheck> checks) {

    public StockChecks {
        checks = List.copyOf(checks);
    }
}
