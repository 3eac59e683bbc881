package com.bbangshop.api.stock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReserveStockCommand(@TargetAggregateIdentifier String breadId, String reservationId, int quantity) {
}
