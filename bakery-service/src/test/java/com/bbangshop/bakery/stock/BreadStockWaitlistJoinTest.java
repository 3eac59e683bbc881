package com.bbangshop.bakery.stock;

import com.bbangshop.api.rules.BusinessRuleException;
import com.bbangshop.api.rules.RuleViolation;
import com.bbangshop.api.rules.RuleViolation.Kind;
import com.bbangshop.api.stock.BreadSaleEndedEvent;
import com.bbangshop.api.stock.StockReservedEvent;
import com.bbangshop.api.waitlist.JoinWaitlistCommand;
import com.bbangshop.api.waitlist.OfferDeclinedEvent;
import com.bbangshop.api.waitlist.OfferedLoafBackOnSaleEvent;
import com.bbangshop.api.waitlist.WaitlistJoinedEvent;
import com.bbangshop.api.waitlist.WaitlistPosition;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.bbangshop.bakery.stock.WaitlistHistory.ANNA;
import static com.bbangshop.bakery.stock.WaitlistHistory.BREAD;
import static com.bbangshop.bakery.stock.WaitlistHistory.NOW;
import static com.bbangshop.bakery.stock.WaitlistHistory.code;
import static com.bbangshop.bakery.stock.WaitlistHistory.customerOf;
import static com.bbangshop.bakery.stock.WaitlistHistory.joined;
import static com.bbangshop.bakery.stock.WaitlistHistory.offerId;
import static com.bbangshop.bakery.stock.WaitlistHistory.offered;
import static com.bbangshop.bakery.stock.WaitlistHistory.registered;
import static com.bbangshop.bakery.stock.WaitlistHistory.secretOf;
import static com.bbangshop.bakery.stock.WaitlistHistory.soldOut;

/** Joining a sold-out bread's waitlist: one place per customer, within the sale and the customer's limit. */
class BreadStockWaitlistJoinTest {

    private AggregateTestFixture<BreadStock> fixture;

    @BeforeEach
    void setUp() {
        fixture = WaitlistHistory.fixture();
    }

    private static JoinWaitlistCommand join(String waiterId) {
        return new JoinWaitlistCommand(BREAD, waiterId, customerOf(waiterId), secretOf(waiterId));
    }

    private static void expectRefusal(ResultValidator<BreadStock> result, Kind kind, String message) {
        expectRefusal(result, kind, message, Map.of());
    }

    private static void expectRefusal(ResultValidator<BreadStock> result, Kind kind, String message,
                                      Map<String, String> properties) {
        result.expectException(BusinessRuleException.class)
              .expectExceptionDetails(new RuleViolation(kind, message, properties))
              .expectNoEvents();
    }

    @Test
    void aCustomerJoinsASoldOutBreadBehindThoseAlreadyWaiting() {
        fixture.given(soldOut(joined("w1")))
               .andGivenCurrentTime(NOW)
               .when(join("w2"))
               .expectEvents(joined("w2"))
               .expectResultMessagePayload(new WaitlistPosition(BREAD, "w2", 2));
    }

    @Test
    void theSameWaiterJoiningAgainHearsTheSameAnswerAndNothingChanges() {
        fixture.given(soldOut(joined("w1"), joined("w2"), joined("w3")))
               .when(join("w2"))
               .expectNoEvents()
               .expectResultMessagePayload(new WaitlistPosition(BREAD, "w2", 2));
    }

    @Test
    void aCustomerAlreadyInLineIsToldTheirPlace() {
        expectRefusal(fixture.given(soldOut(joined("w1"), joined("w2")))
                             .when(new JoinWaitlistCommand(BREAD, "w9", customerOf("w2"), "another-secret")),
                Kind.CONFLICT, "this customer is already in line for Salt Bread: number 2 (waiter w2)");
    }

    @Test
    void aCustomerHoldingAnOfferCannotJoinAgain() {
        expectRefusal(fixture.given(soldOut(joined("w1"), offered(1, "w1")))
                             .when(new JoinWaitlistCommand(BREAD, "w9", customerOf("w1"), "another-secret")),
                Kind.CONFLICT, "this customer already holds an offer of Salt Bread until "
                        + NOW.plus(WaitlistHistory.HOLD) + " (waiter w1)");
    }

    @Test
    void whileLoavesAreOnSaleTheCustomerIsToldToReserveOne() {
        expectRefusal(fixture.given(registered()).when(join("w1")),
                Kind.CONFLICT, "2 loaves of Salt Bread are still on sale: reserve one");
        expectRefusal(fixture.given(registered(), new StockReservedEvent(BREAD, "r1", 1, 1, null, ANNA))
                             .when(join("w1")),
                Kind.CONFLICT, "1 loaf of Salt Bread is still on sale: reserve one");
    }

    @Test
    void afterTheSaleEndedNobodyJoinsAndTheRefusalSaysWhen() {
        expectRefusal(fixture.given(soldOut(new BreadSaleEndedEvent(BREAD, NOW.minusSeconds(60))))
                             .andGivenCurrentTime(NOW)
                             .when(join("w1")),
                Kind.CONFLICT, "Salt Bread is closed: its sale ended at " + NOW.minusSeconds(60),
                Map.of("closedAt", NOW.minusSeconds(60).toString(), "serverTime", NOW.toString()));
    }

    @Test
    void aCustomerWhoseReservationsHoldTheirLimitCannotWaitForMore() {
        expectRefusal(fixture.given(registered(), new StockReservedEvent(BREAD, "r1", 2, 0, null, ANNA))
                             .when(new JoinWaitlistCommand(BREAD, "w1", ANNA, "secret")),
                Kind.CONFLICT, "Salt Bread allows at most 2 loaves per customer, and this customer's "
                        + "reservations hold 2");
    }

    @Test
    void aFullLineTakesNobodyMore() {
        List<Object> history = new ArrayList<>(soldOut());
        for (int i = 0; i < WaitlistDesk.MOST_WAITING; i++) {
            history.add(joined("w" + i));
        }
        expectRefusal(fixture.given(history).when(join("late")),
                Kind.CONFLICT, "the waitlist of Salt Bread is full: 10000 customers are waiting");
    }

    @Test
    void blankHashesAreInvalid() {
        expectRefusal(fixture.given(soldOut()).when(new JoinWaitlistCommand(BREAD, "w1", " ", "secret")),
                Kind.INVALID, "customerHash is required");
        expectRefusal(fixture.given(soldOut()).when(new JoinWaitlistCommand(BREAD, "w1", ANNA, null)),
                Kind.INVALID, "secretHash is required");
    }

    @Test
    void aCustomerWhoseOfferEndedMayJoinAgain() {
        fixture.given(soldOut(joined("w1"), offered(1, "w1"),
                       new OfferDeclinedEvent(BREAD, offerId(1), "w1"),
                       new OfferedLoafBackOnSaleEvent(BREAD, offerId(1), 1),
                       new StockReservedEvent(BREAD, "r3", 1, 0, code(3), ANNA)))
               .when(new JoinWaitlistCommand(BREAD, "w5", customerOf("w1"), "new-secret"))
               .expectEvents(new WaitlistJoinedEvent(BREAD, "w5", customerOf("w1"), "new-secret"))
               .expectResultMessagePayload(new WaitlistPosition(BREAD, "w5", 1));
    }
}
