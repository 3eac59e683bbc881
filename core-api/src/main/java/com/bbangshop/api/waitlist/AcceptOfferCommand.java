package com.bbangshop.api.waitlist;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The customer takes the held loaf. {@code reservationId} names the reservation it becomes (asking again with the
 * same one repeats the answer). The answer is the {@link AcceptedOffer}.
 */
public record AcceptOfferCommand(@TargetAggregateIdentifier String breadId, String offerId, String secretHash,
                                 String reservationId) {
}
