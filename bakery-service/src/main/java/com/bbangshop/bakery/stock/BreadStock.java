package com.bbangshop.bakery.stock;

import com.bbangshop.api.rules.BusinessRuleException;
import com.bbangshop.api.rules.Limits;
import com.bbangshop.api.rules.PickupCodes;
import com.bbangshop.api.stock.BreadOpeningChangedEvent;
import com.bbangshop.api.stock.BreadRegisteredEvent;
import com.bbangshop.api.stock.BreadRenamedEvent;
import com.bbangshop.api.stock.BreadSaleEndedEvent;
import com.bbangshop.api.stock.BreadRestockedEvent;
import com.bbangshop.api.stock.CheckStockCommand;
import com.bbangshop.api.stock.EndSaleCommand;
import com.bbangshop.api.stock.OpenBreadNowCommand;
import com.bbangshop.api.stock.PostponeOpeningCommand;
import com.bbangshop.api.stock.RegisterBreadCommand;
import com.bbangshop.api.stock.ReleaseStockCommand;
import com.bbangshop.api.stock.RenameBreadCommand;
import com.bbangshop.api.stock.ReserveStockCommand;
import com.bbangshop.api.stock.RestockBreadCommand;
import com.bbangshop.api.stock.RestockedCounts;
import com.bbangshop.api.stock.StockCheck;
import com.bbangshop.api.stock.StockCheckedSoldOutEvent;
import com.bbangshop.api.stock.StockChecks;
import com.bbangshop.api.stock.StockCustomerLimitReachedEvent;
import com.bbangshop.api.stock.StockDecisions;
import com.bbangshop.api.stock.StockOutcome;
import com.bbangshop.api.stock.StockReleasedEvent;
import com.bbangshop.api.stock.StockRequest;
import com.bbangshop.api.stock.StockReservedEvent;
import com.bbangshop.api.stock.StockSoldOutEvent;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonSetter;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One limited edition. Every loaf taken or returned goes through here, one command at a time, so the count can never
 * go below zero. A retried command (a placement placed again, a saga's release asked again, a decision asked for
 * after the saga released the reservation) never takes or returns a loaf twice, and what the bread remembers for
 * that stays bounded ({@link DecidedReservations}):
 * <ul>
 * <li>a reservation holding loaves is remembered until it gives them back, so a retried reserve repeats RESERVED and
 * a release gives back what is held, once; these are at most the edition's loaves;</li>
 * <li>of those holding none (sold out, released, released before any decision) the newest
 * {@value DecidedReservations#SETTLED_KEPT} by id are remembered, and a retry repeats their answer;</li>
 * <li>older ones are forgotten, and the greatest id forgotten answers for every reservation not remembered at or
 * below it: a reserve or check hears sold out, with no event, and a release gives back nothing. That is right
 * whatever was decided for it, as it holds no loaf: none held is ever forgotten.</li>
 * </ul>
 * Reservation ids grow with time (version 7 UUIDs) and a reservation service places its requests first come, first
 * served, so the mark passes a reservation only after thousands of younger ones have settled, long after its own
 * request (which alone asks for its decision) has ended. One that comes later anyway hears sold out and takes no
 * loaf. A snapshot of the earlier shape (every decision under {@code decisions}) loads into this one.
 * <p>
 * Each loaf reserved gets its pickup code here, with the stock: the bread's prefix and its next ticket. A retried
 * reserve repeats the code (it is remembered with the loaves held), and a bread registered before codes existed
 * gives none.
 */
@Aggregate(cache = "breadStockCache", snapshotTriggerDefinition = "breadStockSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class BreadStock {

    @AggregateIdentifier
    private String breadId;
    private int editionSize;
    private int remaining;
    private DecidedReservations decided = new DecidedReservations();
    /** Null for a bread registered before pickup codes existed: its reservations get none. */
    private String pickupPrefix;
    private String name;
    private SaleWindow sale = SaleWindow.ALWAYS;
    /** Loaves one customer may hold; 0 (and in breads registered before such limits existed) none. */
    private int maxPerCustomer;
    /** The last ticket given: each reserved decision with a code takes the next, so a replay gives the same codes. */
    private long lastTicket;

    protected BreadStock() {
        // for Axon and snapshots
    }

    /** A bread that remembers as given: tests reach what is forgotten with a few reservations. */
    BreadStock(DecidedReservations decided) {
        this.decided = decided;
    }

    /**
     * The name and the pickup prefix are taken in the lookup of open breads, in this command's unit of work. Time is
     * Axon's event clock, which the test fixtures set.
     */
    @CommandHandler
    public BreadStock(RegisterBreadCommand command, BreadNames names) {
        BreadRules.checkRegistration(command, now());
        String name = command.name().strip();
        String prefix = names.claim(command.breadId(), name, command.closesAt(), now());
        apply(new BreadRegisteredEvent(command.breadId(), name, command.quantity(), command.maxPerReservation(),
                prefix, command.opensAt(), command.closesAt(), command.maxPerCustomer(), command.pickupWindowMinutes()));
    }

    @CommandHandler
    public RestockedCounts handle(RestockBreadCommand command) {
        if (command.quantity() < 1 || command.quantity() > Limits.MAX_RESTOCK) {
            throw BusinessRuleException.invalid("quantity must be between 1 and " + Limits.MAX_RESTOCK);
        }
        if ((long) editionSize + command.quantity() > Limits.MAX_EDITION_SIZE) {
            throw BusinessRuleException.conflict("an edition holds at most " + Limits.MAX_EDITION_SIZE
                    + " loaves; this one has " + editionSize);
        }
        apply(new BreadRestockedEvent(breadId, command.quantity(), editionSize + command.quantity(),
                remaining + command.quantity()));
        return new RestockedCounts(editionSize, remaining);
    }

    @CommandHandler
    public void handle(OpenBreadNowCommand command) {
        Instant now = now();
        refuseIfClosed(now, "opened");
        if (!sale.isOpen(now)) {
            apply(new BreadOpeningChangedEvent(breadId, now));
        }
    }

    @CommandHandler
    public void handle(PostponeOpeningCommand command) {
        Instant now = now();
        refuseIfClosed(now, "postponed");
        BreadRules.checkPostponement(command.opensAt(), sale.closesAt(), now);
        if (!command.opensAt().equals(sale.opensAt())) {
            apply(new BreadOpeningChangedEvent(breadId, command.opensAt()));
        }
    }

    /** Ending it twice is harmless; so is ending it after its closing time, which frees its name at once. */
    @CommandHandler
    public void handle(EndSaleCommand command, BreadNames names) {
        if (sale.endedAt() == null) {
            Instant now = now();
            names.release(breadId, now);
            apply(new BreadSaleEndedEvent(breadId, now));
        }
    }

    @CommandHandler
    public void handle(RenameBreadCommand command, BreadNames names) {
        Instant now = now();
        String newName = BreadRules.checkName(command.name());
        refuseIfClosed(now, "renamed");
        if (!newName.equals(name)) {
            names.rename(breadId, newName, now);
            apply(new BreadRenamedEvent(breadId, newName));
        }
    }

    private void refuseIfClosed(Instant now, String what) {
        if (sale.isClosed(now)) {
            throw BusinessRuleException.conflict(displayName() + " is closed (its sale ended at " + sale.closedAt()
                    + ") and cannot be " + what);
        }
    }

    /**
     * Decides every request in order and answers with the decisions, so each customer's request can tell at once;
     * asking again for a reservation repeats its first answer, or once it is forgotten says sold out.
     */
    @CommandHandler
    public StockDecisions handle(ReserveStockCommand command) {
        BreadRules.checkRequests(command.requests(), maxPerCustomer);
        refuseNewRequestsUnlessOnSale(command.requests());
        List<StockOutcome> outcomes = new ArrayList<>(command.requests().size());
        List<String> codes = new ArrayList<>(command.requests().size());
        for (StockRequest request : command.requests()) {
            StockOutcome outcome = reserve(request);
            outcomes.add(outcome);
            codes.add(outcome == StockOutcome.RESERVED ? decided.pickupCodeOf(request.reservationId()) : null);
        }
        return new StockDecisions(outcomes, codes);
    }

    private StockOutcome reserve(StockRequest request) {
        StockOutcome earlier = decided.outcomeOf(request.reservationId());
        if (earlier != null) {
            return earlier;
        }
        if (decided.isForgotten(request.reservationId())) {
            return StockOutcome.SOLD_OUT;
        }
        if (isOverCustomerLimit(request)) {
            apply(new StockCustomerLimitReachedEvent(breadId, request.reservationId(), request.quantity(),
                    decided.loavesHeldByCustomer(request.customerHash()), maxPerCustomer));
            return StockOutcome.OVER_CUSTOMER_LIMIT;
        }
        if (request.quantity() > remaining) {
            apply(new StockSoldOutEvent(breadId, request.reservationId(), request.quantity(), remaining));
            return StockOutcome.SOLD_OUT;
        }
        String code = pickupPrefix == null ? null : PickupCodes.of(pickupPrefix, lastTicket + 1);
        apply(new StockReservedEvent(breadId, request.reservationId(), request.quantity(),
                remaining - request.quantity(), code, maxPerCustomer > 0 ? request.customerHash() : null));
        return StockOutcome.RESERVED;
    }

    /** Counted like the stock: the loaves the customer's reservations hold, which a release gives back. */
    private boolean isOverCustomerLimit(StockRequest request) {
        return maxPerCustomer > 0
                && decided.loavesHeldByCustomer(request.customerHash()) + request.quantity() > maxPerCustomer;
    }

    /**
     * Lets sold-out requests end before their reservations are even placed. Only the "no" is a decision; "enough"
     * holds nothing, so a reservation that never gets placed after it leaves no loaf behind. The "no" has an event
     * type of its own: no saga waits for it, and the saga's processor skips a type it has no handler for without a
     * lookup.
     */
    @CommandHandler
    public StockChecks handle(CheckStockCommand command) {
        BreadRules.checkRequests(command.requests(), maxPerCustomer);
        refuseNewRequestsUnlessOnSale(command.requests());
        List<StockCheck> checks = new ArrayList<>(command.requests().size());
        for (StockRequest request : command.requests()) {
            checks.add(check(request));
        }
        return new StockChecks(checks);
    }

    private StockCheck check(StockRequest request) {
        StockOutcome earlier = decided.outcomeOf(request.reservationId());
        if (earlier != null) {
            return switch (earlier) {
                case SOLD_OUT -> StockCheck.SOLD_OUT;
                case OVER_CUSTOMER_LIMIT -> StockCheck.OVER_CUSTOMER_LIMIT;
                case RESERVED, RELEASED -> StockCheck.ENOUGH;
            };
        }
        if (decided.isForgotten(request.reservationId())) {
            return StockCheck.SOLD_OUT;
        }
        if (isOverCustomerLimit(request)) {
            return StockCheck.OVER_CUSTOMER_LIMIT; // holds nothing and records nothing: the request ends here
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
     * finds the reservation released instead of taking a loaf for it. A forgotten one holds nothing: its release is
     * answered again, giving back nothing.
     */
    @CommandHandler
    public void handle(ReleaseStockCommand command) {
        if (decided.outcomeOf(command.reservationId()) == StockOutcome.RELEASED) {
            return;
        }
        int held = decided.heldBy(command.reservationId());
        apply(new StockReleasedEvent(breadId, command.reservationId(), held, remaining + held));
    }

    @EventSourcingHandler
    void on(BreadRegisteredEvent event) {
        breadId = event.breadId();
        editionSize = event.quantity();
        remaining = event.quantity();
        pickupPrefix = event.pickupPrefix();
        maxPerCustomer = event.maxPerCustomer();
        name = event.name();
        sale = new SaleWindow(event.opensAt(), event.closesAt(), null);
    }

    @EventSourcingHandler
    void on(BreadRenamedEvent event) {
        name = event.name();
    }

    @EventSourcingHandler
    void on(BreadOpeningChangedEvent event) {
        sale = sale.opening(event.opensAt());
    }

    @EventSourcingHandler
    void on(BreadSaleEndedEvent event) {
        sale = sale.endedAt(event.endedAt());
    }

    @EventSourcingHandler
    void on(BreadRestockedEvent event) {
        editionSize = event.editionSize();
        remaining = event.remaining();
    }

    @EventSourcingHandler
    void on(StockReservedEvent event) {
        remaining = event.remaining();
        decided.reserved(event.reservationId(), event.quantity(), event.pickupCode(), event.customerHash());
        if (event.pickupCode() != null) {
            lastTicket++;
        }
    }

    @EventSourcingHandler
    void on(StockSoldOutEvent event) {
        decided.soldOut(event.reservationId());
    }

    @EventSourcingHandler
    void on(StockCustomerLimitReachedEvent event) {
        decided.overCustomerLimit(event.reservationId());
    }

    @EventSourcingHandler
    void on(StockCheckedSoldOutEvent event) {
        decided.soldOut(event.reservationId());
    }

    @EventSourcingHandler
    void on(StockReleasedEvent event) {
        remaining = event.remaining();
        decided.released(event.reservationId());
    }

    /**
     * Outside its sale a bread decides nothing new: the whole command is refused, saying when it opens or that it
     * closed (all its requests came at the same moment). A request decided before is answered again as decided.
     */
    private void refuseNewRequestsUnlessOnSale(List<StockRequest> requests) {
        Instant now = now();
        if (!sale.isOpen(now) && requests.stream().anyMatch(request ->
                decided.outcomeOf(request.reservationId()) == null && !decided.isForgotten(request.reservationId()))) {
            throw sale.refusal(displayName(), now);
        }
    }

    /** A bread loaded from a snapshot taken before the name was kept is named by its id. */
    private String displayName() {
        return name == null ? "bread " + breadId : name;
    }

    static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    /** Loads a snapshot of the earlier shape, which held every decision the bread had made. */
    @JsonSetter("decisions")
    private void rememberEarlierDecisions(Map<String, StockDecision> decisions) {
        decisions.forEach(decided::remember);
    }

    int rememberedReservations() {
        return decided.size();
    }
}
