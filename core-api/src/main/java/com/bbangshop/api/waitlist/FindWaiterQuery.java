package com.bbangshop.api.waitlist;

/** Answered with an optional {@link WaiterView}. */
public record FindWaiterQuery(String waiterId) {
}
