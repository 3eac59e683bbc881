package com.bbangshop.reservation;

import com.bbangshop.api.reservation.AcceptReservationCommand;
import com.bbangshop.api.reservation.PlaceReservationCommand;
import com.bbangshop.api.reservation.RejectSoldOutReservationCommand;
import com.bbangshop.api.stock.ReserveStockCommand;
import com.bbangshop.api.stock.StockOutcome;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Places a reservation, asks the bakery for its stock decision and records the decision on the reservation, all in
 * one unit of work on the customer's own request, so the answer waits for no event processor. Where the command bus
 * runs commands in their sender's unit of work (the embedded mode), the three are one transaction: a reservation is
 * never stored without its decision, and a flash sale pays one commit per request instead of three. Apart, they are
 * three commands in a row, and the saga covers whatever a crash cuts off.
 * <p>
 * A stock decision that fails (the bakery down) only means "not known yet": the reservation is recorded without it,
 * its saga asks again after its first back-off, and the bakery answers a repeated question with its first answer.
 */
@Component
public class ReservationPlacement implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReservationPlacement.class);

    private final CommandGateway commandGateway;
    private final TransactionManager transactionManager;
    private final Duration timeout;
    private final ExecutorService placements;

    public ReservationPlacement(CommandGateway commandGateway, TransactionManager transactionManager,
                                @Value("${bbangshop.reservation.decision-timeout:PT3S}") Duration timeout,
                                @Value("${bbangshop.reservation.placement-threads:16}") int threads) {
        this.commandGateway = commandGateway;
        this.transactionManager = transactionManager;
        this.timeout = timeout;
        this.placements = Executors.newFixedThreadPool(threads, new AxonThreadFactory("placements"));
    }

    /**
     * Completes with the decision, or empty if the reservation was placed without one (the bakery did not answer);
     * completes exceptionally, with nothing placed, if the placement is refused or failed, or if it could not even
     * start within the decision timeout (the placements are queued up: the customer hears "busy, try again").
     * Once a placement has started, its answer is awaited, whatever it takes: an answer given before the transaction
     * ends could promise a reservation that then is not there.
     */
    public CompletableFuture<Optional<StockOutcome>> place(PlaceReservationCommand command) {
        AtomicBoolean taken = new AtomicBoolean();
        CompletableFuture<Optional<StockOutcome>> answer = new CompletableFuture<>();
        placements.execute(() -> {
            if (!taken.compareAndSet(false, true)) {
                return; // its request gave up waiting for a turn and was told that nothing was placed
            }
            try {
                answer.complete(placeAndDecide(command));
            } catch (RuntimeException failed) {
                answer.completeExceptionally(failed);
            }
        });
        CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
            if (taken.compareAndSet(false, true)) {
                answer.completeExceptionally(new ReservationNotPlacedException(
                        "bbangshop is very busy right now: the reservation was not placed; try again in a moment"));
            }
        });
        return answer;
    }

    private Optional<StockOutcome> placeAndDecide(PlaceReservationCommand command) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(new GenericMessage<>(command));
        unitOfWork.attachTransaction(transactionManager);
        ResultMessage<Optional<StockOutcome>> result = unitOfWork.executeWithResult(() -> {
            commandGateway.sendAndWait(command);
            Optional<StockOutcome> decision = decide(command);
            decision.ifPresent(outcome -> record(command.reservationId(), outcome));
            return decision;
        });
        if (result.isExceptional()) {
            // rolled back: nothing was placed; a business refusal says why, anything else is a failure to retry
            Throwable failure = result.exceptionResult();
            throw new CompletionException(failure instanceof CommandExecutionException refusal ? refusal
                    : new ReservationNotPlacedException(failure));
        }
        return result.getPayload();
    }

    private Optional<StockOutcome> decide(PlaceReservationCommand command) {
        try {
            // bounded where the bakery is remote; a local one answers within this transaction anyway
            return Optional.ofNullable(commandGateway.sendAndWait(
                    new ReserveStockCommand(command.breadId(), command.reservationId(), command.quantity()),
                    timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (RuntimeException unavailable) {
            log.debug("reservation {}: no stock decision on the request ({}); the saga will ask again",
                    command.reservationId(), unavailable.toString());
            return Optional.empty();
        }
    }

    private void record(String reservationId, StockOutcome outcome) {
        switch (outcome) {
            case RESERVED -> commandGateway.sendAndWait(new AcceptReservationCommand(reservationId));
            case SOLD_OUT -> commandGateway.sendAndWait(new RejectSoldOutReservationCommand(reservationId));
            case RELEASED -> {
                // given back already: its cancellation is under way, nothing to record here
            }
        }
    }

    @Override
    public void destroy() {
        placements.shutdown();
    }
}
