package com.bbangshop.api.waitlist;

/**
 * The held loaf belongs to reservation {@code reservationId}, which is placed already accepted with
 * {@code pickupCode}; {@code cancelSecretHash} is the waiter's secret hash, which cancels that reservation.
 */
public record OfferAcceptedEvent(String breadId, String offerId, String waiterId, String reservationId,
                                 String cancelSecretHash, String pickupCode) {
}
