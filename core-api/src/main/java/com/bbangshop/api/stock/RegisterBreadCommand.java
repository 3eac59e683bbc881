package com.bbangshop.api.stock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens a limited edition: {@code quantity} loaves, at most {@code maxPerReservation} per reservation. */
public record RegisterBreadCommand(@TargetAggregateIdentifier String breadId, String name, int quantity,
                                   int maxPerReservation) {
}
