package com.bbangshop.api.page;

/**
 * Subscribe to all customers' pages: the initial result is a {@link ReservationList} of the newest {@code limit}
 * reservations, each update is one {@link ReservationView} that changed.
 */
public record WatchPagesQuery(int limit) {
}
