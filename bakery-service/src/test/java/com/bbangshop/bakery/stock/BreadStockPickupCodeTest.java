package com.bbangshop.bakery.stock;

import com.bbangshop.api.rules.BusinessRuleException;
import com.bbangshop.api.rules.RuleViolation;
import com.bbangshop.api.stock.BreadRegisteredEvent;
import com.bbangshop.api.stock.BreadRestockedEvent;
import com.bbangshop.api.stock.RegisterBreadCommand;
import com.bbangshop.api.stock.ReleaseStockCommand;
import com.bbangshop.api.stock.ReserveStockCommand;
import com.bbangshop.api.stock.StockDecisions;
import com.bbangshop.api.stock.StockOutcome;
import com.bbangshop.api.stock.StockReleasedEvent;
import com.bbangshop.api.stock.StockRequest;
import com.bbangshop.api.stock.StockReservedEvent;
import com.bbangshop.api.stock.StockSoldOutEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static com.bbangshop.api.stock.StockOutcome.RELEASED;
import static com.bbangshop.api.stock.StockOutcome.RESERVED;
import static com.bbangshop.api.stock.StockOutcome.SOLD_OUT;

/** The pickup codes BreadStock gives: its prefix and the next ticket, decided with the loaves, the same when asked again. */
class BreadStockPickupCodeTest {

    private static final String BREAD = "bread-1";

    private final InMemoryBreadNames names = new InMemoryBreadNames();
    private AggregateTestFixture<BreadStock> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(BreadStock.class);
        fixture.registerInjectableResource(names);
        fixture.registerInjectableResource(new WaitlistProperties(Duration.ofMinutes(10)));
    }

    private static BreadRegisteredEvent registered(int quantity) {
        return new BreadRegisteredEvent(BREAD, "Salt Bread", quantity, 5, "KA");
    }

    private static StockDecisions decisions(List<StockOutcome> outcomes, String... codes) {
        return new StockDecisions(outcomes, Arrays.asList(codes));
    }

    @Test
    void registeringTakesTheNextFreePrefixFromTheOpenBreads() {
        names.with("bread-0", "Melon Pan");
        fixture.givenNoPriorActivity()
               .when(new RegisterBreadCommand(BREAD, "Salt Bread", 30, 5))
               .expectEvents(new BreadRegisteredEvent(BREAD, "Salt Bread", 30, 5, "AB"));
    }

    @Test
    void aNameAnOpenBreadHasIsRefusedAndNothingIsRegistered() {
        names.with("bread-0", "salt  BREAD");
        fixture.givenNoPriorActivity()
               .when(new RegisterBreadCommand(BREAD, "Salt Bread", 30, 5))
               .expectException(BusinessRuleException.class)
               .expectExceptionDetails(new RuleViolation(RuleViolation.Kind.CONFLICT,
                       "an open bread is already called \"Salt Bread\""))
               .expectNoEvents();
    }

    @Test
    void eachReservedDecisionTakesTheNextTicketInOrder() {
        fixture.given(registered(10))
               .when(new ReserveStockCommand(BREAD, List.of(new StockRequest("r1", 2), new StockRequest("r2", 1))))
               .expectEvents(new StockReservedEvent(BREAD, "r1", 2, 8, "KA23"),
                       new StockReservedEvent(BREAD, "r2", 1, 7, "KA24"))
               .expectResultMessagePayload(decisions(List.of(RESERVED, RESERVED), "KA23", "KA24"));
    }

    @Test
    void aRetriedReserveRepeatsItsCodeAndTakesNoTicket() {
        fixture.given(registered(10), new StockReservedEvent(BREAD, "r1", 2, 8, "KA23"))
               .when(new ReserveStockCommand(BREAD, List.of(new StockRequest("r1", 2), new StockRequest("r2", 1))))
               .expectEvents(new StockReservedEvent(BREAD, "r2", 1, 7, "KA24"))
               .expectResultMessagePayload(decisions(List.of(RESERVED, RESERVED), "KA23", "KA24"));
    }

    @Test
    void aSoldOutDecisionHasNoCodeAndTakesNoTicket() {
        fixture.given(registered(1), new StockReservedEvent(BREAD, "r1", 1, 0, "KA23"),
                       new StockSoldOutEvent(BREAD, "r2", 1, 0), new BreadRestockedEvent(BREAD, 1, 2, 1))
               .when(new ReserveStockCommand(BREAD, List.of(new StockRequest("r2", 1), new StockRequest("r3", 1))))
               .expectEvents(new StockReservedEvent(BREAD, "r3", 1, 0, "KA24"))
               .expectResultMessagePayload(decisions(List.of(SOLD_OUT, RESERVED), null, "KA24"));
    }

    @Test
    void aReleasedReservationKeepsNoCodeAndItsTicketIsNeverGivenAgain() {
        fixture.given(registered(2), new StockReservedEvent(BREAD, "r1", 1, 1, "KA23"),
                       new StockReleasedEvent(BREAD, "r1", 1, 2))
               .when(new ReserveStockCommand(BREAD, List.of(new StockRequest("r1", 1), new StockRequest("r2", 1))))
               .expectEvents(new StockReservedEvent(BREAD, "r2", 1, 1, "KA24"))
               .expectResultMessagePayload(decisions(List.of(RELEASED, RESERVED), null, "KA24"));
    }

    /** r2 gave its loaf back: the tickets count the codes given, not the loaves held. */
    @Test
    void theTicketsGoOnFromTheStoredEventsAfterAReload() {
        fixture.given(registered(40), new StockReservedEvent(BREAD, "r1", 1, 39, "KA23"),
                       new StockReservedEvent(BREAD, "r2", 1, 38, "KA24"), new StockReleasedEvent(BREAD, "r2", 1, 39))
               .when(new ReserveStockCommand(BREAD, "r3", 1))
               .expectEvents(new StockReservedEvent(BREAD, "r3", 1, 38, "KA25"));
    }

    @Test
    void aBreadRegisteredBeforePickupCodesExistedGivesNoCodes() {
        fixture.given(new BreadRegisteredEvent(BREAD, "Salt Bread", 10, 5), new StockReservedEvent(BREAD, "r1", 1, 9))
               .when(new ReserveStockCommand(BREAD, List.of(new StockRequest("r1", 1), new StockRequest("r2", 1))))
               .expectEvents(new StockReservedEvent(BREAD, "r2", 1, 8))
               .expectResultMessagePayload(decisions(List.of(RESERVED, RESERVED), null, null));
    }

    @Test
    void releasingAReservationWithACodeGivesItsLoavesBack() {
        fixture.given(registered(3), new StockReservedEvent(BREAD, "r1", 2, 1, "KA23"))
               .when(new ReleaseStockCommand(BREAD, "r1"))
               .expectEvents(new StockReleasedEvent(BREAD, "r1", 2, 3));
    }
}
