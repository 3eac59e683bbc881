package com.bbangshop.api.kitchen;

/** Each baker's work for staff, answered with {@link BakerQueues}; at most {@code limit} entries in each list. */
public record FindBakerQueuesQuery(int limit) {
}
