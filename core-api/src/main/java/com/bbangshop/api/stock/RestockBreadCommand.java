package com.bbangshop.api.stock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RestockBreadCommand(@TargetAggregateIdentifier String breadId, int quantity) {
}
