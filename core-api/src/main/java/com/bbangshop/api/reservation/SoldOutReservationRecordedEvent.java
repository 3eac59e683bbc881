package com.bbangshop.api.reservation;

/**
 * A reservation born sold out: the bakery found too few loaves before it was placed, so this is its only event. A
 * placed reservation that then found none ends with {@link ReservationSoldOutEvent} instead, which its saga waits for.
 */
public record SoldOutReservationRecordedEvent(String reservationId, String breadId, int quantity) {
}
