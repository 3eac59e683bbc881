package com.bbangshop.api.page;

/**
 * Subscribe to all customers' pages: the initial result is the newest {@code limit} reservations, each update is one
 * {@link ReservationView} that changed.
 */
public record WatchPagesQuery(int limit) {
}
