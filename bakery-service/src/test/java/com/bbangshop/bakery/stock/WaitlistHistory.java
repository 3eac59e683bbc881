package com.bbangshop.bakery.stock;

import com.bbangshop.api.rules.PickupCodes;
import com.bbangshop.api.stock.BreadRegisteredEvent;
import com.bbangshop.api.stock.StockReservedEvent;
import com.bbangshop.api.waitlist.LoafOfferedEvent;
import com.bbangshop.api.waitlist.WaitlistJoinedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A sold-out bread of two loaves with pickup codes and a limit of two per customer (Anna and Bora hold one each),
 * and the events of its waitlist, for the waitlist's tests.
 */
final class WaitlistHistory {

    static final String BREAD = "bread-1";
    static final String ANNA = "hash-of-anna";
    static final String BORA = "hash-of-bora";
    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    static final Duration HOLD = Duration.ofMinutes(10);

    private WaitlistHistory() {
    }

    static AggregateTestFixture<BreadStock> fixture() {
        AggregateTestFixture<BreadStock> fixture = new AggregateTestFixture<>(BreadStock.class);
        fixture.registerInjectableResource(new InMemoryBreadNames());
        fixture.registerInjectableResource(new WaitlistProperties(HOLD));
        return fixture;
    }

    static BreadRegisteredEvent registered() {
        return new BreadRegisteredEvent(BREAD, "Salt Bread", 2, 5, "KA", null, null, 2);
    }

    /** Registered, and both loaves reserved: r1 by Anna, r2 by Bora. */
    static List<Object> soldOut(Object... then) {
        List<Object> history = new ArrayList<>(List.of(registered(),
                new StockReservedEvent(BREAD, "r1", 1, 1, code(1), ANNA),
                new StockReservedEvent(BREAD, "r2", 1, 0, code(2), BORA)));
        history.addAll(Arrays.asList(then));
        return history;
    }

    static String code(int ticket) {
        return PickupCodes.of("KA", ticket);
    }

    /** Waiter {@code w1}'s customer is {@code hash-of-w1}, their secret's hash {@code secret-of-w1}. */
    static WaitlistJoinedEvent joined(String waiterId) {
        return new WaitlistJoinedEvent(BREAD, waiterId, customerOf(waiterId), secretOf(waiterId));
    }

    static String customerOf(String waiterId) {
        return "hash-of-" + waiterId;
    }

    static String secretOf(String waiterId) {
        return "secret-of-" + waiterId;
    }

    /** The {@code n}-th offer of the bread, made at {@link #NOW}. */
    static LoafOfferedEvent offered(int n, String waiterId) {
        return new LoafOfferedEvent(BREAD, offerId(n), waiterId, NOW.plus(HOLD));
    }

    static String offerId(int n) {
        return BREAD + "-offer-" + n;
    }
}
