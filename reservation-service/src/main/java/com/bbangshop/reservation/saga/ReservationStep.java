package com.bbangshop.reservation.saga;

/** Where one reservation's saga stands: each step names the answer it is waiting for. */
public enum ReservationStep {
    /** ReserveStock sent (first by the customer's request); waiting for the bakery's decision. */
    RESERVING_STOCK,
    /** Loaves held; waiting for the reservation to record its acceptance. */
    ACCEPTING,
    /** Sold out; waiting for the reservation to record the rejection. */
    REJECTING,
    /** Accepted; waiting for a baker. */
    ASSIGNING_BAKER,
    /** A baker bakes it; waiting for the reservation to record its confirmation. */
    CONFIRMING,
    /** breadSucceed: nothing in flight until pickup or cancellation. */
    CONFIRMED,
    /** The customer canceled before the stock decision came; waiting for it to know what to undo. */
    CANCEL_AWAITING_STOCK,
    /** Putting the loaves back on sale. */
    RELEASING_STOCK,
    /** Taking the baker off the reservation. */
    DELETING_ASSIGNMENT,
    /** Waiting for the reservation to record breadCanceled. */
    COMPLETING_CANCELLATION;

    boolean awaitsAnswer() {
        return this != CONFIRMED;
    }
}
