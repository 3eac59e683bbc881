package com.bbangshop.bakery.stock;

import com.bbangshop.api.rules.BusinessRuleException;
import com.bbangshop.api.rules.RuleViolation;
import com.bbangshop.api.rules.RuleViolation.Kind;
import com.bbangshop.api.stock.BreadRegisteredEvent;
import com.bbangshop.api.stock.CheckStockCommand;
import com.bbangshop.api.stock.RegisterBreadCommand;
import com.bbangshop.api.stock.ReleaseStockCommand;
import com.bbangshop.api.stock.ReserveStockCommand;
import com.bbangshop.api.stock.StockCheck;
import com.bbangshop.api.stock.StockChecks;
import com.bbangshop.api.stock.StockCustomerLimitReachedEvent;
import com.bbangshop.api.stock.StockDecisions;
import com.bbangshop.api.stock.StockOutcome;
import com.bbangshop.api.stock.StockReleasedEvent;
import com.bbangshop.api.stock.StockRequest;
import com.bbangshop.api.stock.StockReservedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** A limit of loaves per customer, counted by BreadStock like the stock: what the customer's reservations hold. */
class BreadStockCustomerLimitTest {

    private static final String BREAD = "bread-1";
    private static final String ANNA = "hash-of-anna";
    private static final String BORA = "hash-of-bora";

    private AggregateTestFixture<BreadStock> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(BreadStock.class);
        fixture.registerInjectableResource(new InMemoryBreadNames());
        fixture.registerInjectableResource(new WaitlistProperties(Duration.ofMinutes(10)));
    }

    /** Ten loaves, two per customer, no pickup codes. */
    private static BreadRegisteredEvent registered() {
        return new BreadRegisteredEvent(BREAD, "Salt Bread", 10, 5, null, null, null, 2);
    }

    private static StockDecisions decisions(StockOutcome... outcomes) {
        return new StockDecisions(Arrays.asList(outcomes));
    }

    @Test
    void aBreadMayBeRegisteredWithALimitPerCustomer() {
        fixture.givenNoPriorActivity()
               .when(new RegisterBreadCommand(BREAD, "Salt Bread", 10, 5, null, null, 2))
               .expectEvents(new BreadRegisteredEvent(BREAD, "Salt Bread", 10, 5, "AA", null, null, 2));
    }

    @Test
    void aNegativeLimitIsInvalid() {
        String message = "maxPerCustomer must be between 1 and 1000000 (or absent: no limit)";
        fixture.givenNoPriorActivity()
               .when(new RegisterBreadCommand(BREAD, "Salt Bread", 10, 5, null, null, -1))
               .expectException(BusinessRuleException.class)
               .expectExceptionDetails(new RuleViolation(Kind.INVALID, message))
               .expectNoEvents();
    }

    @Test
    void aCustomersRequestsAreDecidedInOrderUntilTheirLimitAndOthersAreNotAffected() {
        fixture.given(registered())
               .when(new ReserveStockCommand(BREAD, List.of(new StockRequest("r1", 1, ANNA),
                       new StockRequest("r2", 2, ANNA), new StockRequest("r3", 1, ANNA),
                       new StockRequest("r4", 2, BORA))))
               .expectEvents(new StockReservedEvent(BREAD, "r1", 1, 9, null, ANNA),
                       new StockCustomerLimitReachedEvent(BREAD, "r2", 2, 1, 2),
                       new StockReservedEvent(BREAD, "r3", 1, 8, null, ANNA),
                       new StockReservedEvent(BREAD, "r4", 2, 6, null, BORA))
               .expectResultMessagePayload(decisions(StockOutcome.RESERVED, StockOutcome.OVER_CUSTOMER_LIMIT,
                       StockOutcome.RESERVED, StockOutcome.RESERVED));
    }

    @Test
    void aReleaseGivesTheAllowanceBack() {
        fixture.given(registered(), new StockReservedEvent(BREAD, "r1", 2, 8, null, ANNA),
                       new StockReleasedEvent(BREAD, "r1", 2, 10))
               .when(new ReserveStockCommand(BREAD, List.of(new StockRequest("r2", 2, ANNA))))
               .expectEvents(new StockReservedEvent(BREAD, "r2", 2, 8, null, ANNA));
    }

    @Test
    void aRequestOverTheLimitIsDecidedOnceAndAnsweredTheSameWhenAskedAgain() {
        fixture.given(registered(), new StockReservedEvent(BREAD, "r1", 2, 8, null, ANNA),
                       new StockCustomerLimitReachedEvent(BREAD, "r2", 1, 2, 2),
                       new StockReleasedEvent(BREAD, "r1", 2, 10))
               .when(new ReserveStockCommand(BREAD, List.of(new StockRequest("r2", 1, ANNA))))
               .expectNoEvents()
               .expectResultMessagePayload(decisions(StockOutcome.OVER_CUSTOMER_LIMIT));
    }

    @Test
    void theCheckAnswersOverTheLimitAndRecordsNothing() {
        fixture.given(registered(), new StockReservedEvent(BREAD, "r1", 2, 8, null, ANNA))
               .when(new CheckStockCommand(BREAD, List.of(new StockRequest("r2", 1, ANNA),
                       new StockRequest("r3", 1, BORA))))
               .expectNoEvents()
               .expectResultMessagePayload(new StockChecks(List.of(StockCheck.OVER_CUSTOMER_LIMIT,
                       StockCheck.ENOUGH)));
    }

    @Test
    void aLimitedBreadRefusesARequestWithoutItsCustomer() {
        String message = "this bread limits loaves per customer: every request needs its customer";
        fixture.given(registered())
               .when(new ReserveStockCommand(BREAD, List.of(new StockRequest("r1", 1, ANNA),
                       new StockRequest("r2", 1))))
               .expectException(BusinessRuleException.class)
               .expectExceptionDetails(new RuleViolation(Kind.INVALID, message))
               .expectNoEvents();
    }

    @Test
    void aBreadWithoutALimitCountsNoCustomer() {
        fixture.given(new BreadRegisteredEvent(BREAD, "Salt Bread", 10, 5))
               .when(new ReserveStockCommand(BREAD, List.of(new StockRequest("r1", 5, ANNA),
                       new StockRequest("r2", 5, ANNA))))
               .expectEvents(new StockReservedEvent(BREAD, "r1", 5, 5), new StockReservedEvent(BREAD, "r2", 5, 0));
    }

    @Test
    void aRetriedReleaseGivesTheAllowanceBackOnce() {
        fixture.given(registered(), new StockReservedEvent(BREAD, "r1", 1, 9, null, ANNA),
                       new StockReservedEvent(BREAD, "r2", 1, 8, null, ANNA),
                       new StockReleasedEvent(BREAD, "r1", 1, 9))
               .when(new ReleaseStockCommand(BREAD, "r1"))
               .expectNoEvents();
        fixture.given(registered(), new StockReservedEvent(BREAD, "r1", 1, 9, null, ANNA),
                       new StockReservedEvent(BREAD, "r2", 1, 8, null, ANNA),
                       new StockReleasedEvent(BREAD, "r1", 1, 9), new StockReleasedEvent(BREAD, "r1", 0, 9))
               .when(new ReserveStockCommand(BREAD, List.of(new StockRequest("r3", 2, ANNA))))
               .expectEvents(new StockCustomerLimitReachedEvent(BREAD, "r3", 2, 1, 2));
    }
}
