package com.bbangshop.bakery.stock;

import com.bbangshop.api.rules.BusinessRuleException;
import com.bbangshop.api.rules.Limits;
import com.bbangshop.api.stock.BreadRegisteredEvent;
import com.bbangshop.api.stock.BreadRestockedEvent;
import com.bbangshop.api.stock.CheckStockCommand;
import com.bbangshop.api.stock.RegisterBreadCommand;
import com.bbangshop.api.stock.ReleaseStockCommand;
import com.bbangshop.api.stock.ReserveStockCommand;
import com.bbangshop.api.stock.RestockBreadCommand;
import com.bbangshop.api.stock.StockCheck;
import com.bbangshop.api.stock.StockCheckedSoldOutEvent;
import com.bbangshop.api.stock.StockChecks;
import com.bbangshop.api.stock.StockDecisions;
import com.bbangshop.api.stock.StockOutcome;
import com.bbangshop.api.stock.StockReleasedEvent;
import com.bbangshop.api.stock.StockRequest;
import com.bbangshop.api.stock.StockReservedEvent;
import com.bbangshop.api.stock.StockSoldOutEvent;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One limited edition. Every loaf taken or returned goes through here, one command at a time, so the count can never
 * go below zero; each reservation id is decided once, so a retried command never takes or returns a loaf twice.
 */
@Aggregate(cache = "breadStockCache", snapshotTriggerDefinition = "breadStockSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class BreadStock {

    @AggregateIdentifier
    private String breadId;
    private int editionSize;
    private int remaining;
    private Map<String, StockDecision> decisions = new HashMap<>();

    protected BreadStock() {
        // for Axon and snapshots
    }

    @CommandHandler
    public BreadStock(RegisterBreadCommand command) {
        BreadRules.checkRegistration(command);
        apply(new BreadRegisteredEvent(command.breadId(), command.name().strip(), command.quantity(),
                command.maxPerReservation()));
    }

    @CommandHandler
    public void handle(RestockBreadCommand command) {
        if (command.quantity() < 1 || command.quantity() > Limits.MAX_RESTOCK) {
            throw BusinessRuleException.invalid("quantity must be between 1 and " + Limits.MAX_RESTOCK);
        }
        if ((long) editionSize + command.quantity() > Limits.MAX_EDITION_SIZE) {
            throw BusinessRuleException.conflict("an edition holds at most " + Limits.MAX_EDITION_SIZE
                    + " loaves; this one has " + editionSize);
        }
        apply(new BreadRestockedEvent(breadId, command.quantity(), editionSize + command.quantity(),
                remaining + command.quantity()));
    }

    /**
     * Decides every request in order and answers with the decisions, so each customer's request can tell at once;
     * asking again for a reservation repeats its first answer.
     */
    @CommandHandler
    public StockDecisions handle(ReserveStockCommand command) {
        checkRequests(command.requests());
        List<StockOutcome> outcomes = new ArrayList<>(command.requests().size());
        for (StockRequest request : command.requests()) {
            outcomes.add(reserve(request));
        }
        return new StockDecisions(outcomes);
    }

    private StockOutcome reserve(StockRequest request) {
        StockDecision earlier = decisions.get(request.reservationId());
        if (earlier != null) {
            return earlier.outcome();
        }
        if (request.quantity() > remaining) {
            apply(new StockSoldOutEvent(breadId, request.reservationId(), request.quantity(), remaining));
            return StockOutcome.SOLD_OUT;
        }
        apply(new StockReservedEvent(breadId, request.reservationId(), request.quantity(),
                remaining - request.quantity()));
        return StockOutcome.RESERVED;
    }

    /**
     * Lets sold-out requests end before their reservations are even placed. Only the "no" is a decision; "enough"
     * holds nothing, so a reservation that never gets placed after it leaves no loaf behind. The "no" has an event
     * type of its own: no saga waits for it, and the saga's processor skips a type it has no handler for without a
     * lookup.
     */
    @CommandHandler
    public StockChecks handle(CheckStockCommand command) {
        checkRequests(command.requests());
        List<StockCheck> checks = new ArrayList<>(command.requests().size());
        for (StockRequest request : command.requests()) {
            checks.add(check(request));
        }
        return new StockChecks(checks);
    }

    private StockCheck check(StockRequest request) {
        StockDecision earlier = decisions.get(request.reservationId());
        if (earlier != null) {
            return earlier.outcome() == StockOutcome.SOLD_OUT ? StockCheck.SOLD_OUT : StockCheck.ENOUGH;
        }
        if (request.quantity() > remaining) {
            apply(new StockCheckedSoldOutEvent(breadId, request.reservationId(), request.quantity(), remaining));
            return StockCheck.SOLD_OUT;
        }
        return StockCheck.ENOUGH;
    }

    /**
     * Gives back what the reservation holds. The first release of a reservation is recorded even when it holds
     * nothing (sold out, or not decided yet): its saga waits for that answer, and a stock decision asked for later
     * finds the reservation released instead of taking a loaf for it.
     */
    @CommandHandler
    public void handle(ReleaseStockCommand command) {
        StockDecision decision = decisions.get(command.reservationId());
        if (decision != null && decision.outcome() == StockOutcome.RELEASED) {
            return;
        }
        int held = decision != null && decision.holdsLoaves() ? decision.quantity() : 0;
        apply(new StockReleasedEvent(breadId, command.reservationId(), held, remaining + held));
    }

    /** A request that cannot be decided refuses the whole command, before anything is decided. */
    private static void checkRequests(List<StockRequest> requests) {
        if (requests.isEmpty()) {
            throw BusinessRuleException.invalid("at least one reservation must be asked for");
        }
        for (StockRequest request : requests) {
            if (request.reservationId() == null || request.reservationId().isBlank()) {
                throw BusinessRuleException.invalid("reservationId must not be blank");
            }
            if (request.quantity() < 1) {
                throw BusinessRuleException.invalid("quantity must be at least 1");
            }
        }
    }

    @EventSourcingHandler
    void on(BreadRegisteredEvent event) {
        breadId = event.breadId();
        editionSize = event.quantity();
        remaining = event.quantity();
    }

    @EventSourcingHandler
    void on(BreadRestockedEvent event) {
        editionSize = event.editionSize();
        remaining = event.remaining();
    }

    @EventSourcingHandler
    void on(StockReservedEvent event) {
        remaining = event.remaining();
        decisions.put(event.reservationId(), StockDecision.reserved(event.quantity()));
    }

    @EventSourcingHandler
    void on(StockSoldOutEvent event) {
        decisions.put(event.reservationId(), StockDecision.soldOut(event.requested()));
    }

    @EventSourcingHandler
    void on(StockCheckedSoldOutEvent event) {
        decisions.put(event.reservationId(), StockDecision.soldOut(event.requested()));
    }

    @EventSourcingHandler
    void on(StockReleasedEvent event) {
        remaining = event.remaining();
        decisions.put(event.reservationId(), StockDecision.released(event.quantity()));
    }
}
