package com.bbangshop.api.stock;

import java.util.List;

/** The answer to {@link ReserveStockCommand}: one outcome per request, in the order asked. */
public record StockDecisions(List<StockOutcome> outcomes) {

    public StockDecisions {
        outcomes = List.copyOf(outcomes);
    }
}
