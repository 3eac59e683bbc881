package com.bbangshop.api.waitlist;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The hold time passed: an offer still open ends, and its loaf moves on. */
public record ExpireOfferCommand(@TargetAggregateIdentifier String breadId, String offerId) {
}
