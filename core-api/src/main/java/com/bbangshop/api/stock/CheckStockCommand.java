package com.bbangshop.api.stock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Asked before a reservation is placed. Too few loaves left is that reservation's sold-out decision, recorded as
 * {@link ReserveStockCommand} records it; enough left changes nothing and holds nothing: loaves are taken only by
 * {@link ReserveStockCommand}, once the reservation exists. Answers with a {@link StockCheck}.
 */
public record CheckStockCommand(@TargetAggregateIdentifier String breadId, String reservationId, int quantity) {
}
