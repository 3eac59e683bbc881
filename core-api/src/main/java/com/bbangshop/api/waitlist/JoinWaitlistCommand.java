package com.bbangshop.api.waitlist;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A customer asks for one loaf of a sold-out bread when one frees up. {@code customerHash} is the keyed hash of
 * their phone number (one place in line per customer); {@code secretHash} the hash of the secret that lets only
 * them accept, decline or leave. The answer is the customer's {@link WaitlistPosition}.
 */
public record JoinWaitlistCommand(@TargetAggregateIdentifier String breadId, String waiterId, String customerHash,
                                  String secretHash) {
}
