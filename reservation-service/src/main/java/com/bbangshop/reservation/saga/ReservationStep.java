package com.bbangshop.reservation.saga;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * Where one reservation's saga stands: each step names the answer it is waiting for. The aliases read sagas stored
 * while the saga also took the stock decision: a decision it was still after is now the request's, so it waits for
 * it, and a cancellation that waited for the decision releases at once.
 */
public enum ReservationStep {
    /** Placed; the customer's request is taking the stock decision. The saga sends nothing, it only keeps time. */
    @JsonAlias({"RESERVING_STOCK", "ACCEPTING", "REJECTING"})
    DECIDING,
    /** The decision was not recorded in time: the reservation is being canceled. */
    ABANDONING,
    /** Accepted; waiting for a baker. */
    ASSIGNING_BAKER,
    /** A baker bakes it; waiting for the reservation to record its confirmation. */
    CONFIRMING,
    /** breadSucceed: nothing in flight until pickup or cancellation. */
    CONFIRMED,
    /** Putting the loaves back on sale (or recording that there were none to put back). */
    @JsonAlias("CANCEL_AWAITING_STOCK")
    RELEASING_STOCK,
    /** Taking the baker off the reservation. */
    DELETING_ASSIGNMENT,
    /** Waiting for the reservation to record breadCanceled. */
    COMPLETING_CANCELLATION;

    boolean awaitsAnswer() {
        return this != CONFIRMED;
    }

    boolean awaitsDecision() {
        return this == DECIDING || this == ABANDONING;
    }

    boolean isCanceling() {
        return this == RELEASING_STOCK || this == DELETING_ASSIGNMENT || this == COMPLETING_CANCELLATION;
    }
}
