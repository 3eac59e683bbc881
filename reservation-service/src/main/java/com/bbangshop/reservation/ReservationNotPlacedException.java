package com.bbangshop.reservation;

/** Placing a reservation failed for a reason other than a business rule; it was rolled back whole. */
public class ReservationNotPlacedException extends RuntimeException {

    public ReservationNotPlacedException(Throwable cause) {
        super("the reservation could not be placed and nothing was taken; try again shortly", cause);
    }
}
