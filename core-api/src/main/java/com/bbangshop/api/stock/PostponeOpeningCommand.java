package com.bbangshop.api.stock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Staff move the opening to a later time: until then, reservations are refused. */
public record PostponeOpeningCommand(@TargetAggregateIdentifier String breadId, Instant opensAt) {
}
