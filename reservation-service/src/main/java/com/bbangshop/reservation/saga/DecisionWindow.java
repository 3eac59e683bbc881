package com.bbangshop.reservation.saga;

import java.time.Duration;

/**
 * How long a placed reservation may wait for the stock decision that the customer's request takes. A request ends
 * well within it (its own waits are bounded by the decision timeout); a reservation still undecided after it was left
 * by a request that did not finish, and its saga abandons it.
 */
public record DecisionWindow(Duration length) {

    public DecisionWindow {
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("the decision window must be longer than zero");
        }
    }
}
