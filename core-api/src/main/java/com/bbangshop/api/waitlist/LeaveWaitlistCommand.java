package com.bbangshop.api.waitlist;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The customer no longer waits; a loaf offered to them goes to the next in line. */
public record LeaveWaitlistCommand(@TargetAggregateIdentifier String breadId, String waiterId, String secretHash) {
}
