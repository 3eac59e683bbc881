package com.bbangshop.api.stock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff open the sale at once, whatever opening time was set. */
public record OpenBreadNowCommand(@TargetAggregateIdentifier String breadId) {
}
