package com.bbangshop.bakery.stock;

import com.bbangshop.api.stock.StockOutcome;

/**
 * One reservation's decision as a snapshot of the earlier shape holds it (one per reservation, under
 * {@code decisions}): read only to load such a snapshot into {@link DecidedReservations}.
 */
record StockDecision(int quantity, StockOutcome outcome) {
}
