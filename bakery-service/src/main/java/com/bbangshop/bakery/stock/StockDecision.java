package com.bbangshop.bakery.stock;

/** What the stock once decided for one reservation; kept so that retried commands change nothing. */
record StockDecision(int quantity, Outcome outcome) {

    enum Outcome { RESERVED, SOLD_OUT, RELEASED }

    static StockDecision reserved(int quantity) {
        return new StockDecision(quantity, Outcome.RESERVED);
    }

    static StockDecision soldOut(int quantity) {
        return new StockDecision(quantity, Outcome.SOLD_OUT);
    }

    static StockDecision released(int quantity) {
        return new StockDecision(quantity, Outcome.RELEASED);
    }

    boolean holdsLoaves() {
        return outcome == Outcome.RESERVED;
    }
}
