package com.bbangshop.reservation;

/** A reservation was not placed for a reason other than a business rule: nothing was taken; try again shortly. */
public class ReservationNotPlacedException extends RuntimeException {

    public ReservationNotPlacedException(Throwable cause) {
        super("the reservation could not be placed and nothing was taken; try again shortly", cause);
    }

    protected ReservationNotPlacedException(String message) {
        super(message);
    }

    protected ReservationNotPlacedException(String message, Throwable cause) {
        super(message, cause);
    }
}
