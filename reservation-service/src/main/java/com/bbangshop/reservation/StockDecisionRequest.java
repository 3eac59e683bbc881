package com.bbangshop.reservation;

import com.bbangshop.api.stock.ReserveStockCommand;
import com.bbangshop.api.stock.StockOutcome;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Asks the bakery for a placed reservation's stock decision on the customer's own request, so the answer does not wait
 * for the saga. Whatever goes wrong here only means "not known yet": the reservation is already recorded and its saga
 * asks again after its first back-off, and the bakery answers a repeated question with its first answer.
 */
@Component
public class StockDecisionRequest {

    private static final Logger log = LoggerFactory.getLogger(StockDecisionRequest.class);

    private final CommandGateway commandGateway;
    private final Duration timeout;

    public StockDecisionRequest(CommandGateway commandGateway,
                                @Value("${bbangshop.reservation.decision-timeout:PT3S}") Duration timeout) {
        this.commandGateway = commandGateway;
        this.timeout = timeout;
    }

    /** The decision, or empty if the bakery did not give one within the decision timeout. */
    public CompletableFuture<Optional<StockOutcome>> ask(ReserveStockCommand command) {
        return commandGateway.<StockOutcome>send(command)
                .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .thenApply(Optional::ofNullable)
                .exceptionally(failure -> {
                    log.debug("reservation {}: no stock decision on the request ({}); the saga will ask again",
                            command.reservationId(), failure.toString());
                    return Optional.empty();
                });
    }
}
