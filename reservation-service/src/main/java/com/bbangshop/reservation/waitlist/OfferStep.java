package com.bbangshop.reservation.waitlist;

/** Where one offer's saga stands: each step but the first names the answer it is waiting for. */
public enum OfferStep {
    /** The loaf is held for the waiter until the hold deadline; the waiter answers through the bakery. */
    HOLDING,
    /** The hold passed: waiting for the bakery to expire the offer (or to say it was answered in time). */
    EXPIRING,
    /** Accepted: waiting for the reservation it became to be placed. */
    PLACING
}
