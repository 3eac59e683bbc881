package com.bbangshop.bakery.stock;

import com.bbangshop.api.rules.BusinessRuleException;
import com.bbangshop.api.waitlist.WaiterStatus;

import java.time.Instant;
import java.util.Map;

/** What the waitlist says when it refuses: each message names what stands in the way and, where it helps, when. */
final class WaitlistRefusals {

    private WaitlistRefusals() {
    }

    static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw BusinessRuleException.invalid(name + " is required");
        }
    }

    static BusinessRuleException stillOnSale(String breadName, int remaining) {
        return BusinessRuleException.conflict(loaves(remaining) + " of " + breadName
                + (remaining == 1 ? " is" : " are") + " still on sale: reserve one");
    }

    /** The customer already stands in the line, or holds an offer. */
    static BusinessRuleException inLine(String breadName, Waiter same, int position) {
        if (same.status() == WaiterStatus.OFFERED) {
            return BusinessRuleException.conflict("this customer already holds an offer of " + breadName
                    + " until " + same.holdUntil() + " (waiter " + same.waiterId() + ")");
        }
        return BusinessRuleException.conflict("this customer is already in line for " + breadName + ": number "
                + position + " (waiter " + same.waiterId() + ")");
    }

    /** {@code whose} reservations hold {@code held} loaves and one more would pass the limit; {@code then} adds. */
    static BusinessRuleException overLimit(String breadName, int maxPerCustomer, String whose, int held, String then) {
        return BusinessRuleException.conflict(breadName + " allows at most " + loaves(maxPerCustomer)
                + " per customer, and " + whose + " reservations hold " + held + then);
    }

    static BusinessRuleException full(String breadName, int waiting) {
        return BusinessRuleException.conflict("the waitlist of " + breadName + " is full: " + waiting
                + " customers are waiting");
    }

    static BusinessRuleException unknownWaiter(String waiterId, String breadName) {
        return BusinessRuleException.notFound("nobody with waiter id " + waiterId + " is on the waitlist of "
                + breadName);
    }

    static BusinessRuleException wrongSecret(String waiterId) {
        return BusinessRuleException.forbidden("the secret does not match waiter " + waiterId);
    }

    static BusinessRuleException holdPassed(Instant holdUntil, Instant now) {
        return BusinessRuleException.conflict("the loaf offered to you was held until " + holdUntil
                + ", and that has passed: it goes to the next in line",
                Map.of("holdUntil", holdUntil.toString(), "serverTime", now.toString()));
    }

    /** For a waiter without an open offer: waiting ({@code position} in line), or out of the line unaccepted. */
    static BusinessRuleException noOpenOffer(Waiter waiter, int position, String breadName) {
        return BusinessRuleException.conflict(switch (waiter.status()) {
            case WAITING -> "no loaf has been offered to you yet: you are number " + position + " in line";
            case DECLINED -> "you declined the loaf offered to you (offer " + waiter.offerId() + ")";
            case EXPIRED -> "the loaf offered to you was held until " + waiter.holdUntil()
                    + " and went to the next in line";
            case LEFT -> "you left the waitlist of " + breadName;
            case OFFERED, ACCEPTED -> throw new IllegalStateException("an open or accepted offer: " + waiter);
        });
    }

    static BusinessRuleException nothingToDecline(int position) {
        return BusinessRuleException.conflict("no loaf has been offered to you yet: you are number " + position
                + " in line (leave the waitlist instead)");
    }

    static BusinessRuleException acceptedAlready(Waiter waiter) {
        return BusinessRuleException.conflict("you accepted offer " + waiter.offerId() + ": it is reservation "
                + waiter.reservationId() + ", which you cancel with the same secret");
    }

    static BusinessRuleException reservationExists(String reservationId) {
        return BusinessRuleException.conflict("reservation " + reservationId + " exists already");
    }

    private static String loaves(int count) {
        return count + (count == 1 ? " loaf" : " loaves");
    }
}
