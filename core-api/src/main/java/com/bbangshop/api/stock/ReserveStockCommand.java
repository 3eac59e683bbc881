package com.bbangshop.api.stock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Takes loaves for placed reservations, as many as wait at once for one bread, so that they are decided in one
 * command and stored in one append. Answers with {@link StockDecisions}, one per request, in order.
 */
public record ReserveStockCommand(@TargetAggregateIdentifier String breadId, List<StockRequest> requests) {

    public ReserveStockCommand {
        requests = List.copyOf(requests);
    }

    public ReserveStockCommand(String breadId, String reservationId, int quantity) {
        this(breadId, List.of(new StockRequest(reservationId, quantity)));
    }
}
