package com.bbangshop.api.waitlist;

public record WaitlistLeftEvent(String breadId, String waiterId) {
}
