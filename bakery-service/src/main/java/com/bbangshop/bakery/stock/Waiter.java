package com.bbangshop.bakery.stock;

import com.bbangshop.api.waitlist.WaiterStatus;

import java.time.Instant;

/**
 * One customer of a bread's waitlist as the bread remembers them: who they are (the keyed hash of their phone), the
 * hash of the secret they answer with, the place they were given on joining, and how their offer stands.
 */
record Waiter(String waiterId, String customerHash, String secretHash, int joinedPosition, WaiterStatus status,
              String offerId, Instant holdUntil, String reservationId, String pickupCode) {

    static Waiter joined(String waiterId, String customerHash, String secretHash, int position) {
        return new Waiter(waiterId, customerHash, secretHash, position, WaiterStatus.WAITING, null, null, null, null);
    }

    Waiter offered(String offerId, Instant holdUntil) {
        return new Waiter(waiterId, customerHash, secretHash, joinedPosition, WaiterStatus.OFFERED, offerId, holdUntil,
                null, null);
    }

    Waiter accepted(String reservationId, String pickupCode) {
        return new Waiter(waiterId, null, secretHash, joinedPosition, WaiterStatus.ACCEPTED, offerId, holdUntil,
                reservationId, pickupCode);
    }

    /** Out of the line without a loaf: the customer is forgotten, the secret kept so a retry is answered. */
    Waiter ended(WaiterStatus how) {
        return new Waiter(waiterId, null, secretHash, joinedPosition, how, offerId, holdUntil, null, null);
    }
}
