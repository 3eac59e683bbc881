package com.bbangshop.api.waitlist;

/** The reservation an accepted offer became, and its pickup code. */
public record AcceptedOffer(String offerId, String reservationId, String pickupCode) {
}
