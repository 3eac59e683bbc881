package com.bbangshop.api.waitlist;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeclineOfferCommand(@TargetAggregateIdentifier String breadId, String offerId, String secretHash) {
}
