package com.bbangshop.api.waitlist;

/** A bread's line for staff, answered with a {@link WaitlistView}: the waiting and those holding an offer. */
public record FindWaitlistQuery(String breadId) {
}
