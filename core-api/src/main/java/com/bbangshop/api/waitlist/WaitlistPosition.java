package com.bbangshop.api.waitlist;

/** Where a customer stands in a bread's line when they joined: 1 is next. */
public record WaitlistPosition(String breadId, String waiterId, int position) {
}
