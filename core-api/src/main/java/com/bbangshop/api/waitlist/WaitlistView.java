package com.bbangshop.api.waitlist;

import java.util.List;

/** A bread's line in order: those holding an offer first, then the waiting by position. */
public record WaitlistView(String breadId, List<WaiterView> waiters) {
}
