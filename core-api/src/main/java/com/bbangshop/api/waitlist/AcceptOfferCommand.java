package com.bbangshop.api.waitlist;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The waiting customer takes the loaf held for them (a customer has at most one offer: one that ends takes them out
 * of the line). {@code reservationId} names the reservation it becomes; asking again with the same one repeats the
 * answer. The answer is the {@link AcceptedOffer}.
 */
public record AcceptOfferCommand(@TargetAggregateIdentifier String breadId, String waiterId, String secretHash,
                                 String reservationId) {
}
