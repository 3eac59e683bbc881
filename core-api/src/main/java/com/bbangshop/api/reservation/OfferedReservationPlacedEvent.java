package com.bbangshop.api.reservation;

/**
 * The reservation that the waitlist's offer {@code offerId} became is placed (after its placed and accepted events).
 * It has a type of its own so that only the offer's saga, and no other reservation, is looked up for it.
 */
public record OfferedReservationPlacedEvent(String reservationId, String offerId) {
}
