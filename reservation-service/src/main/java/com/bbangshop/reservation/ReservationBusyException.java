package com.bbangshop.reservation;

/** The request's turn to be placed did not come within the decision timeout, or the shop is stopping: load. */
public class ReservationBusyException extends ReservationNotPlacedException {

    public ReservationBusyException(String message) {
        super(message);
    }
}
