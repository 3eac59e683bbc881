package com.bbangshop.api.stock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReleaseStockCommand(@TargetAggregateIdentifier String breadId, String reservationId) {
}
