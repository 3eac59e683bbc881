package com.bbangshop.api.waitlist;

/** The customer did not answer within the hold time; they are out of the line. */
public record OfferExpiredEvent(String breadId, String offerId, String waiterId) {
}
