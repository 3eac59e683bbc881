package com.bbangshop.bakery.stock;

import com.bbangshop.api.rules.BusinessRuleException;
import com.bbangshop.api.rules.RuleViolation;
import com.bbangshop.api.rules.RuleViolation.Kind;
import com.bbangshop.api.stock.BreadRestockedEvent;
import com.bbangshop.api.stock.ReleaseStockCommand;
import com.bbangshop.api.stock.RestockBreadCommand;
import com.bbangshop.api.stock.RestockedCounts;
import com.bbangshop.api.stock.StockReleasedEvent;
import com.bbangshop.api.stock.StockReservedEvent;
import com.bbangshop.api.waitlist.AcceptOfferCommand;
import com.bbangshop.api.waitlist.AcceptedOffer;
import com.bbangshop.api.waitlist.DeclineOfferCommand;
import com.bbangshop.api.waitlist.ExpireOfferCommand;
import com.bbangshop.api.waitlist.LeaveWaitlistCommand;
import com.bbangshop.api.waitlist.LoafOfferedEvent;
import com.bbangshop.api.waitlist.OfferAcceptedEvent;
import com.bbangshop.api.waitlist.OfferDeclinedEvent;
import com.bbangshop.api.waitlist.OfferExpiredEvent;
import com.bbangshop.api.waitlist.OfferedLoafBackOnSaleEvent;
import com.bbangshop.api.waitlist.WaitlistLeftEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static com.bbangshop.bakery.stock.WaitlistHistory.BREAD;
import static com.bbangshop.bakery.stock.WaitlistHistory.HOLD;
import static com.bbangshop.bakery.stock.WaitlistHistory.NOW;
import static com.bbangshop.bakery.stock.WaitlistHistory.code;
import static com.bbangshop.bakery.stock.WaitlistHistory.customerOf;
import static com.bbangshop.bakery.stock.WaitlistHistory.joined;
import static com.bbangshop.bakery.stock.WaitlistHistory.offerId;
import static com.bbangshop.bakery.stock.WaitlistHistory.offered;
import static com.bbangshop.bakery.stock.WaitlistHistory.secretOf;
import static com.bbangshop.bakery.stock.WaitlistHistory.soldOut;

/** Freed loaves go to the first in line as offers, held until accepted, declined, left or expired. */
class BreadStockWaitlistOfferTest {

    private static final Instant HOLD_UNTIL = NOW.plus(HOLD);

    private AggregateTestFixture<BreadStock> fixture;

    @BeforeEach
    void setUp() {
        fixture = WaitlistHistory.fixture();
    }

    private TestExecutor<BreadStock> at(Instant now, Object... then) {
        return fixture.given(soldOut(then)).andGivenCurrentTime(now);
    }

    private static AcceptOfferCommand accept(String waiterId, String reservationId) {
        return new AcceptOfferCommand(BREAD, waiterId, secretOf(waiterId), reservationId);
    }

    private static OfferAcceptedEvent accepted(String waiterId, String reservationId, int ticket) {
        return new OfferAcceptedEvent(BREAD, offerId(1), waiterId, reservationId, secretOf(waiterId), code(ticket));
    }

    private static void expectRefusal(ResultValidator<BreadStock> result, Kind kind, String message,
                                      Map<String, String> properties) {
        result.expectException(BusinessRuleException.class)
              .expectExceptionDetails(new RuleViolation(kind, message, properties))
              .expectNoEvents();
    }

    private static void expectRefusal(ResultValidator<BreadStock> result, Kind kind, String message) {
        expectRefusal(result, kind, message, Map.of());
    }

    @Nested
    class FreeingLoaves {

        @Test
        void aReleasedLoafIsOfferedToTheFirstInLineAndNotPutOnSale() {
            at(NOW, joined("w1"), joined("w2"))
                    .when(new ReleaseStockCommand(BREAD, "r1"))
                    .expectEvents(new StockReleasedEvent(BREAD, "r1", 1, 0), offered(1, "w1"));
        }

        @Test
        void loavesBeyondTheLineGoBackOnSale() {
            fixture.given(WaitlistHistory.registered(), new StockReservedEvent(BREAD, "r1", 2, 0, code(1), "anna"),
                           joined("w1"))
                   .andGivenCurrentTime(NOW)
                   .when(new ReleaseStockCommand(BREAD, "r1"))
                   .expectEvents(new StockReleasedEvent(BREAD, "r1", 2, 1), offered(1, "w1"));
        }

        @Test
        void aRestockServesThoseWaitingFirstAndOnlyTheRestIsOnSale() {
            at(NOW, joined("w1"), joined("w2"))
                    .when(new RestockBreadCommand(BREAD, 3))
                    .expectEvents(new BreadRestockedEvent(BREAD, 3, 5, 1), offered(1, "w1"), offered(2, "w2"))
                    .expectResultMessagePayload(new RestockedCounts(5, 1));
        }

        @Test
        void aReleaseRetriedOffersNothingMore() {
            at(NOW, joined("w1"), joined("w2"), new StockReleasedEvent(BREAD, "r1", 1, 0), offered(1, "w1"))
                    .when(new ReleaseStockCommand(BREAD, "r1"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Accepting {

        @Test
        void theOfferBecomesAReservationHoldingTheLoafWithTheNextPickupCode() {
            at(NOW.plusSeconds(60), joined("w1"), offered(1, "w1"))
                    .when(accept("w1", "r9"))
                    .expectEvents(accepted("w1", "r9", 3),
                            new StockReservedEvent(BREAD, "r9", 1, 0, code(3), customerOf("w1")))
                    .expectResultMessagePayload(new AcceptedOffer(offerId(1), "r9", code(3)));
        }

        @Test
        void acceptingAgainRepeatsTheAnswerAndTakesNothing() {
            at(NOW.plusSeconds(120), joined("w1"), offered(1, "w1"), accepted("w1", "r9", 3),
                    new StockReservedEvent(BREAD, "r9", 1, 0, code(3), customerOf("w1")))
                    .when(accept("w1", "r9"))
                    .expectNoEvents()
                    .expectResultMessagePayload(new AcceptedOffer(offerId(1), "r9", code(3)));
        }

        @Test
        void theAcceptedLoafGivenBackGoesToTheNextInLine() {
            at(NOW, joined("w1"), joined("w2"), offered(1, "w1"), accepted("w1", "r9", 3),
                    new StockReservedEvent(BREAD, "r9", 1, 0, code(3), customerOf("w1")))
                    .when(new ReleaseStockCommand(BREAD, "r9"))
                    .expectEvents(new StockReleasedEvent(BREAD, "r9", 1, 0), offered(2, "w2"));
        }

        @Test
        void afterTheHoldTheOfferCannotBeAcceptedAndTheRefusalSaysWhenItEnded() {
            Instant late = HOLD_UNTIL.plusMillis(1);
            expectRefusal(at(late, joined("w1"), offered(1, "w1")).when(accept("w1", "r9")),
                    Kind.CONFLICT, "the loaf offered to you was held until " + HOLD_UNTIL
                            + ", and that has passed: it goes to the next in line",
                    Map.of("holdUntil", HOLD_UNTIL.toString(), "serverTime", late.toString()));
        }

        @Test
        void aCustomerWhoReservedUpToTheLimitMeanwhileCannotAcceptMore() {
            expectRefusal(at(NOW, joined("w1"), offered(1, "w1"),
                            new StockReservedEvent(BREAD, "r5", 2, 0, code(3), customerOf("w1")))
                            .when(accept("w1", "r9")),
                    Kind.CONFLICT, "Salt Bread allows at most 2 loaves per customer, and your reservations hold 2 "
                            + "now: decline the offer to pass it on");
        }

        @Test
        void aWrongSecretIsForbidden() {
            expectRefusal(at(NOW, joined("w1"), offered(1, "w1"))
                            .when(new AcceptOfferCommand(BREAD, "w1", secretOf("w2"), "r9")),
                    Kind.FORBIDDEN, "the secret does not match waiter w1");
        }

        @Test
        void anUnknownWaiterIsNotFound() {
            expectRefusal(at(NOW, joined("w1")).when(accept("w7", "r9")),
                    Kind.NOT_FOUND, "nobody with waiter id w7 is on the waitlist of Salt Bread");
        }

        @Test
        void aWaiterWithoutAnOfferIsToldTheirPlace() {
            expectRefusal(at(NOW, joined("w1"), joined("w2")).when(accept("w2", "r9")),
                    Kind.CONFLICT, "no loaf has been offered to you yet: you are number 2 in line");
        }

        @Test
        void anExpiredOfferIsSaidToHaveGone() {
            expectRefusal(at(NOW, joined("w1"), offered(1, "w1"), new OfferExpiredEvent(BREAD, offerId(1), "w1"),
                            new OfferedLoafBackOnSaleEvent(BREAD, offerId(1), 1)).when(accept("w1", "r9")),
                    Kind.CONFLICT, "the loaf offered to you was held until " + HOLD_UNTIL
                            + " and went to the next in line");
        }
    }

    @Nested
    class Declining {

        @Test
        void theLoafGoesToTheNextInLine() {
            at(NOW, joined("w1"), joined("w2"), offered(1, "w1"))
                    .when(new DeclineOfferCommand(BREAD, "w1", secretOf("w1")))
                    .expectEvents(new OfferDeclinedEvent(BREAD, offerId(1), "w1"), offered(2, "w2"));
        }

        @Test
        void withNobodyWaitingTheLoafGoesBackOnSale() {
            at(NOW, joined("w1"), offered(1, "w1"))
                    .when(new DeclineOfferCommand(BREAD, "w1", secretOf("w1")))
                    .expectEvents(new OfferDeclinedEvent(BREAD, offerId(1), "w1"),
                            new OfferedLoafBackOnSaleEvent(BREAD, offerId(1), 1));
        }

        @Test
        void decliningAgainChangesNothing() {
            at(NOW, joined("w1"), offered(1, "w1"), new OfferDeclinedEvent(BREAD, offerId(1), "w1"),
                    new OfferedLoafBackOnSaleEvent(BREAD, offerId(1), 1))
                    .when(new DeclineOfferCommand(BREAD, "w1", secretOf("w1")))
                    .expectNoEvents();
        }

        @Test
        void anAcceptedOfferCannotBeDeclined() {
            expectRefusal(at(NOW, joined("w1"), offered(1, "w1"), accepted("w1", "r9", 3),
                            new StockReservedEvent(BREAD, "r9", 1, 0, code(3), customerOf("w1")))
                            .when(new DeclineOfferCommand(BREAD, "w1", secretOf("w1"))),
                    Kind.CONFLICT, "you accepted offer " + offerId(1) + ": it is reservation r9, which you cancel "
                            + "with the same secret");
        }
    }

    @Nested
    class Expiring {

        @Test
        void anOpenOfferPastItsHoldExpiresAndTheLoafGoesToTheNextInLine() {
            at(HOLD_UNTIL, joined("w1"), joined("w2"), offered(1, "w1"))
                    .when(new ExpireOfferCommand(BREAD, offerId(1)))
                    .expectEvents(new OfferExpiredEvent(BREAD, offerId(1), "w1"),
                            new LoafOfferedEvent(BREAD, offerId(2), "w2", HOLD_UNTIL.plus(HOLD)));
        }

        @Test
        void anOfferAcceptedBeforeItsDeadlineStaysAccepted() {
            at(HOLD_UNTIL, joined("w1"), joined("w2"), offered(1, "w1"), accepted("w1", "r9", 3),
                    new StockReservedEvent(BREAD, "r9", 1, 0, code(3), customerOf("w1")))
                    .when(new ExpireOfferCommand(BREAD, offerId(1)))
                    .expectNoEvents();
        }

        @Test
        void anOfferDeclinedBeforeItsDeadlineIsNotExpiredTwice() {
            at(HOLD_UNTIL, joined("w1"), joined("w2"), offered(1, "w1"),
                    new OfferDeclinedEvent(BREAD, offerId(1), "w1"), offered(2, "w2"))
                    .when(new ExpireOfferCommand(BREAD, offerId(1)))
                    .expectNoEvents();
        }

        @Test
        void aDeadlineThatComesEarlyChangesNothing() {
            at(HOLD_UNTIL.minusMillis(1), joined("w1"), offered(1, "w1"))
                    .when(new ExpireOfferCommand(BREAD, offerId(1)))
                    .expectNoEvents();
        }
    }

    @Nested
    class Leaving {

        @Test
        void aWaiterLeavesTheLineOnceAndTheOthersMoveUp() {
            at(NOW, joined("w1"), joined("w2"))
                    .when(new LeaveWaitlistCommand(BREAD, "w1", secretOf("w1")))
                    .expectEvents(new WaitlistLeftEvent(BREAD, "w1"));
            at(NOW, joined("w1"), joined("w2"), new WaitlistLeftEvent(BREAD, "w1"))
                    .when(new LeaveWaitlistCommand(BREAD, "w1", secretOf("w1")))
                    .expectNoEvents();
            at(NOW, joined("w1"), joined("w2"), new WaitlistLeftEvent(BREAD, "w1"))
                    .when(new ReleaseStockCommand(BREAD, "r1"))
                    .expectEvents(new StockReleasedEvent(BREAD, "r1", 1, 0), offered(1, "w2"));
        }

        @Test
        void leavingWhileOfferedDeclinesTheOffer() {
            at(NOW, joined("w1"), offered(1, "w1"))
                    .when(new LeaveWaitlistCommand(BREAD, "w1", secretOf("w1")))
                    .expectEvents(new OfferDeclinedEvent(BREAD, offerId(1), "w1"),
                            new OfferedLoafBackOnSaleEvent(BREAD, offerId(1), 1));
        }
    }
}
