package com.bbangshop.api.waitlist;

/** A customer is in line for the next loaf freed, behind every earlier one. */
public record WaitlistJoinedEvent(String breadId, String waiterId, String customerHash, String secretHash) {
}
