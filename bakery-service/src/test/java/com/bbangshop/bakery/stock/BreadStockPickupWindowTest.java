package com.bbangshop.bakery.stock;

import com.bbangshop.api.rules.BusinessRuleException;
import com.bbangshop.api.rules.RuleViolation;
import com.bbangshop.api.rules.RuleViolation.Kind;
import com.bbangshop.api.stock.BreadRegisteredEvent;
import com.bbangshop.api.stock.RegisterBreadCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How long a bread's ready loaves wait at the counter: its own window, or the shop's where it has none. */
class BreadStockPickupWindowTest {

    private static final String BREAD = "bread-1";

    private AggregateTestFixture<BreadStock> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(BreadStock.class);
        fixture.registerInjectableResource(new InMemoryBreadNames());
    }

    private static RegisterBreadCommand registering(Integer pickupWindowMinutes) {
        return new RegisterBreadCommand(BREAD, "Salt Bread", 10, 5, null, null, 0, pickupWindowMinutes);
    }

    @ParameterizedTest(name = "{0} minutes")
    @ValueSource(ints = {1, 45, 10_080})
    void aBreadIsRegisteredWithItsOwnPickupWindow(int minutes) {
        fixture.givenNoPriorActivity()
               .when(registering(minutes))
               .expectEvents(new BreadRegisteredEvent(BREAD, "Salt Bread", 10, 5, "AA", null, null, 0, minutes));
    }

    @Test
    void aBreadRegisteredWithoutOneKeepsTheShopsDefault() {
        fixture.givenNoPriorActivity()
               .when(registering(null))
               .expectEvents(new BreadRegisteredEvent(BREAD, "Salt Bread", 10, 5, "AA", null, null, 0, null));
    }

    @ParameterizedTest(name = "{0} minutes")
    @ValueSource(ints = {0, -5, 10_081})
    void aWindowOutsideOneMinuteToAWeekIsInvalid(int minutes) {
        String message = "pickupWindowMinutes must be between 1 and 10080 (or absent: the shop's default)";
        fixture.givenNoPriorActivity()
               .when(registering(minutes))
               .expectException(BusinessRuleException.class)
               .expectExceptionDetails(new RuleViolation(Kind.INVALID, message))
               .expectNoEvents();
    }
}
