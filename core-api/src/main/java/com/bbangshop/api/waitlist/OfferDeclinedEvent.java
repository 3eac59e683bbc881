package com.bbangshop.api.waitlist;

/** The customer did not want the loaf (or left the line while it was offered); they are out of the line. */
public record OfferDeclinedEvent(String breadId, String offerId, String waiterId) {
}
