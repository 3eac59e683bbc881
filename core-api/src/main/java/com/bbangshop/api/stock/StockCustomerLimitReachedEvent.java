package com.bbangshop.api.stock;

/**
 * The business "no" of a bread that limits loaves per customer: the customer already holds {@code held} loaves, and
 * {@code requested} more would pass {@code limit}. The reservation holds nothing.
 */
public record StockCustomerLimitReachedEvent(String breadId, String reservationId, int requested, int held,
                                             int limit) {
}
