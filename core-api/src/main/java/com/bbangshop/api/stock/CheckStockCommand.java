package com.bbangshop.api.stock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Asked before reservations are placed, for as many as wait at once for one bread. Too few loaves left is that
 * reservation's sold-out decision, recorded as {@link ReserveStockCommand} records it; enough left changes nothing and
 * holds nothing: loaves are taken only by {@link ReserveStockCommand}, once the reservation exists. Answers with
 * {@link StockChecks}, one per request, in order.
 */
public record CheckStockCommand(@TargetAggregateIdentifier String breadId, List<StockRequest> requests) {

    public CheckStockCommand {
        requests = List.copyOf(requests);
    }

    public CheckStockCommand(String breadId, String reservationId, int quantity) {
        this(breadId, List.of(new StockRequest(reservationId, quantity)));
    }
}
