package com.bbangshop.api.stock;

import java.time.Instant;

/**
 * A bread as kiosks and staff see it. It is on sale from {@code opensAt} (null: since it was registered) until
 * {@code closesAt} (null: until staff end it; once they did, when they did); whether that is now is the server's to
 * say (see {@link BreadList#serverTime()}): a kiosk counts down with the server's clock, not its own.
 * {@code maxPerCustomer} 0 is no limit per customer; otherwise a reservation needs the customer's phone number.
 * {@code pickupWindowMinutes} is how long a ready loaf waits at the counter (null: the shop's default).
 */
public record BreadView(String breadId, String breadName, int editionSize, int remaining, int reserved,
                        int maxPerReservation, boolean soldOut, Instant opensAt, Instant closesAt,
                        int maxPerCustomer, Integer pickupWindowMinutes) {
}
