package com.bbangshop.api.stock;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The answer to {@link ReserveStockCommand}: one outcome per request, in the order asked, and beside each the pickup
 * code of a reservation holding loaves (null for the others, and for breads without pickup codes). A retried request
 * hears the same code again.
 */
public record StockDecisions(List<StockOutcome> outcomes, List<String> pickupCodes) {

    /** {@code pickupCodes} null (an answer from a bakery that gave no codes) is a null code for every outcome. */
    public StockDecisions {
        outcomes = List.copyOf(outcomes);
        if (pickupCodes == null) {
            pickupCodes = Collections.nCopies(outcomes.size(), null);
        }
        if (pickupCodes.size() != outcomes.size()) {
            throw new IllegalArgumentException("one pickup code (or null) per outcome: " + outcomes.size()
                    + " outcomes, " + pickupCodes.size() + " codes");
        }
        pickupCodes = Collections.unmodifiableList(new ArrayList<>(pickupCodes));
    }

    /** Decisions without pickup codes. */
    public StockDecisions(List<StockOutcome> outcomes) {
        this(outcomes, null);
    }
}
