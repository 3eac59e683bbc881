package com.bbangshop.reservation;

import com.bbangshop.api.stock.StockOutcome;

/**
 * What a reserve request ends with: the bakery's outcome and, for a reservation holding loaves, the pickup code the
 * bakery gave it (null otherwise, and for breads without codes).
 */
public record ReservationDecision(StockOutcome outcome, String pickupCode) {

    static final ReservationDecision SOLD_OUT = new ReservationDecision(StockOutcome.SOLD_OUT, null);
    static final ReservationDecision OVER_CUSTOMER_LIMIT =
            new ReservationDecision(StockOutcome.OVER_CUSTOMER_LIMIT, null);
}
