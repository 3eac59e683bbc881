package com.bbangshop.api.waitlist;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The waiting customer does not want the loaf held for them: it goes to the next in line. */
public record DeclineOfferCommand(@TargetAggregateIdentifier String breadId, String waiterId, String secretHash) {
}
