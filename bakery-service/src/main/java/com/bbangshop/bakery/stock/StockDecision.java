package com.bbangshop.bakery.stock;

import com.bbangshop.api.stock.StockOutcome;

/** What the stock once decided for one reservation; kept so that retried commands change nothing. */
record StockDecision(int quantity, StockOutcome outcome) {

    static StockDecision reserved(int quantity) {
        return new StockDecision(quantity, StockOutcome.RESERVED);
    }

    static StockDecision soldOut(int quantity) {
        return new StockDecision(quantity, StockOutcome.SOLD_OUT);
    }

    static StockDecision released(int quantity) {
        return new StockDecision(quantity, StockOutcome.RELEASED);
    }

    boolean holdsLoaves() {
        return outcome == StockOutcome.RESERVED;
    }
}
