package com.bbangshop.reservation;

/**
 * The bakery gave no stock decision within the decision timeout (down, or too slow): nothing is held for the
 * customer, who may try again; a reservation placed for the request is abandoned by its saga.
 */
public class NoStockDecisionException extends ReservationNotPlacedException {

    public NoStockDecisionException(Throwable cause) {
        super("the bakery did not answer in time: nothing is held for you; try again in a moment", cause);
    }
}
