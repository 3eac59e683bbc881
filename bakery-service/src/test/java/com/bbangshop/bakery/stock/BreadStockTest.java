package com.bbangshop.bakery.stock;

import com.bbangshop.api.rules.BusinessRuleException;
import com.bbangshop.api.rules.Limits;
import com.bbangshop.api.rules.RuleViolation;
import com.bbangshop.api.rules.RuleViolation.Kind;
import com.bbangshop.api.stock.BreadRegisteredEvent;
import com.bbangshop.api.stock.BreadRestockedEvent;
import com.bbangshop.api.stock.CheckStockCommand;
import com.bbangshop.api.stock.RegisterBreadCommand;
import com.bbangshop.api.stock.ReleaseStockCommand;
import com.bbangshop.api.stock.ReserveStockCommand;
import com.bbangshop.api.stock.RestockBreadCommand;
import com.bbangshop.api.stock.RestockedCounts;
import com.bbangshop.api.stock.StockCheck;
import com.bbangshop.api.stock.StockChecks;
import com.bbangshop.api.stock.StockDecisions;
import com.bbangshop.api.stock.StockCheckedSoldOutEvent;
import com.bbangshop.api.stock.StockReleasedEvent;
import com.bbangshop.api.stock.StockRequest;
import com.bbangshop.api.stock.StockOutcome;
import com.bbangshop.api.stock.StockReservedEvent;
import com.bbangshop.api.stock.StockSoldOutEvent;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.CustomTypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class BreadStockTest {

    private static final String BREAD = "bread-1";

    private AggregateTestFixture<BreadStock> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(BreadStock.class);
        fixture.registerInjectableResource(new InMemoryBreadNames());
        fixture.registerInjectableResource(new WaitlistProperties(Duration.ofMinutes(10)));
    }

    private static BreadRegisteredEvent registered(int quantity) {
        return new BreadRegisteredEvent(BREAD, "Salt Bread", quantity, 5);
    }

    private static void expectRefusal(ResultValidator<BreadStock> result, Kind kind, String message) {
        result.expectException(BusinessRuleException.class)
              .expectExceptionMessage(message)
              .expectExceptionDetails(new RuleViolation(kind, message))
              .expectNoEvents();
    }

    @Nested
    class Registering {

        @Test
        void aValidBreadOpensItsEditionWithTheNameStripped() {
            fixture.givenNoPriorActivity()
                   .when(new RegisterBreadCommand(BREAD, "  Salt Bread  ", 30, 5))
                   .expectSuccessfulHandlerExecution()
                   .expectEvents(new BreadRegisteredEvent(BREAD, "Salt Bread", 30, 5, "AA"));
        }

        @Test
        void theLargestEditionAndPerReservationLimitAreAllowed() {
            String longestName = "b".repeat(Limits.MAX_BREAD_NAME_LENGTH);
            fixture.givenNoPriorActivity()
                   .when(new RegisterBreadCommand(BREAD, longestName, Limits.MAX_EDITION_SIZE,
                           Limits.MAX_PER_RESERVATION))
                   .expectEvents(new BreadRegisteredEvent(BREAD, longestName, Limits.MAX_EDITION_SIZE,
                           Limits.MAX_PER_RESERVATION, "AA"));
        }

        @ParameterizedTest(name = "name \"{0}\"")
        @ValueSource(strings = {"", "   ", "\t\n"})
        void aBlankNameIsInvalid(String name) {
            expectRefusal(fixture.givenNoPriorActivity().when(new RegisterBreadCommand(BREAD, name, 10, 5)),
                    Kind.INVALID, "breadName must not be blank");
        }

        @Test
        void aMissingNameIsInvalid() {
            expectRefusal(fixture.givenNoPriorActivity().when(new RegisterBreadCommand(BREAD, null, 10, 5)),
                    Kind.INVALID, "breadName must not be blank");
        }

        @Test
        void aNameLongerThanTheLimitIsInvalid() {
            String name = "b".repeat(Limits.MAX_BREAD_NAME_LENGTH + 1);
            expectRefusal(fixture.givenNoPriorActivity().when(new RegisterBreadCommand(BREAD, name, 10, 5)),
                    Kind.INVALID, "breadName must be at most 60 characters");
        }

        @ParameterizedTest(name = "name with U+{0}")
        @ValueSource(ints = {0x00, 0x07, 0x1B, 0x7F, 0x85})
        void aNameWithAControlCharacterIsInvalid(int controlChar) {
            String name = "Salt" + (char) controlChar + "Bread";
            expectRefusal(fixture.givenNoPriorActivity().when(new RegisterBreadCommand(BREAD, name, 10, 5)),
                    Kind.INVALID, "breadName must not contain control characters");
        }

        @ParameterizedTest(name = "name with U+{0}")
        @ValueSource(ints = {0x202A, 0x202E, 0x2066, 0x2069})
        void aNameWithABidirectionalControlIsInvalid(int bidiControl) {
            String name = "cookie" + (char) bidiControl + "gnp.exe";
            expectRefusal(fixture.givenNoPriorActivity().when(new RegisterBreadCommand(BREAD, name, 10, 5)),
                    Kind.INVALID, "breadName must not contain bidirectional control characters (U+202A to U+202E, "
                            + "U+2066 to U+2069)");
        }

        @Test
        void aNameWithAnUnpairedSurrogateIsInvalid() {
            expectRefusal(fixture.givenNoPriorActivity().when(new RegisterBreadCommand(BREAD, "a\ud800b", 10, 5)),
                    Kind.INVALID, "breadName must not contain an unpaired surrogate (it is not valid Unicode)");
        }

        @ParameterizedTest(name = "quantity {0}")
        @ValueSource(ints = {0, -1, Integer.MIN_VALUE, Limits.MAX_EDITION_SIZE + 1, Integer.MAX_VALUE})
        void aQuantityOutsideTheEditionBoundsIsInvalid(int quantity) {
            expectRefusal(fixture.givenNoPriorActivity()
                                 .when(new RegisterBreadCommand(BREAD, "Salt Bread", quantity, 5)),
                    Kind.INVALID, "quantity must be between 1 and 1000000");
        }

        @ParameterizedTest(name = "maxPerReservation {0}")
        @ValueSource(ints = {0, -1, Limits.MAX_PER_RESERVATION + 1})
        void aPerReservationLimitOutOfRangeIsInvalid(int maxPerReservation) {
            expectRefusal(fixture.givenNoPriorActivity()
                                 .when(new RegisterBreadCommand(BREAD, "Salt Bread", 10, maxPerReservation)),
                    Kind.INVALID, "maxPerReservation must be between 1 and 10");
        }
    }

    @Nested
    class Restocking {

        @Test
        void addsLoavesToBothTheEditionAndWhatRemains() {
            fixture.given(registered(10), new StockReservedEvent(BREAD, "r1", 3, 7))
                   .when(new RestockBreadCommand(BREAD, 5))
                   .expectEvents(new BreadRestockedEvent(BREAD, 5, 15, 12))
                   .expectResultMessagePayload(new RestockedCounts(15, 12));
        }

        @Test
        void mayFillTheEditionUpToItsLimitExactly() {
            fixture.given(registered(Limits.MAX_EDITION_SIZE - 1))
                   .when(new RestockBreadCommand(BREAD, 1))
                   .expectEvents(new BreadRestockedEvent(BREAD, 1, Limits.MAX_EDITION_SIZE, Limits.MAX_EDITION_SIZE));
        }

        @ParameterizedTest(name = "quantity {0}")
        @ValueSource(ints = {0, -5, Limits.MAX_RESTOCK + 1})
        void anOutOfRangeQuantityIsInvalid(int quantity) {
            expectRefusal(fixture.given(registered(10)).when(new RestockBreadCommand(BREAD, quantity)),
                    Kind.INVALID, "quantity must be between 1 and 1000000");
        }

        @Test
        void growingTheEditionPastItsLimitIsAConflict() {
            expectRefusal(fixture.given(registered(Limits.MAX_EDITION_SIZE - 1))
                                 .when(new RestockBreadCommand(BREAD, 2)),
                    Kind.CONFLICT, "an edition holds at most 1000000 loaves; this one has 999999");
        }
    }

    @Nested
    class Reserving {

        @Test
        void reservesTheLoavesAndReportsWhatRemains() {
            fixture.given(registered(10))
                   .when(new ReserveStockCommand(BREAD, "r1", 3))
                   .expectEvents(new StockReservedEvent(BREAD, "r1", 3, 7))
                   .expectResultMessagePayload(new StockDecisions(List.of(StockOutcome.RESERVED)));
        }

        @Test
        void theExactLastLoavesCanBeReserved() {
            fixture.given(registered(3))
                   .when(new ReserveStockCommand(BREAD, "r1", 3))
                   .expectEvents(new StockReservedEvent(BREAD, "r1", 3, 0));
        }

        @Test
        void reservingMoreLoavesThanRemainIsSoldOutNotAnError() {
            fixture.given(registered(5), new StockReservedEvent(BREAD, "r1", 3, 2))
                   .when(new ReserveStockCommand(BREAD, "r2", 3))
                   .expectSuccessfulHandlerExecution()
                   .expectEvents(new StockSoldOutEvent(BREAD, "r2", 3, 2))
                   .expectResultMessagePayload(new StockDecisions(List.of(StockOutcome.SOLD_OUT)));
        }

        @Test
        void reservingFromAnEmptyEditionIsSoldOut() {
            fixture.given(registered(1), new StockReservedEvent(BREAD, "r1", 1, 0))
                   .when(new ReserveStockCommand(BREAD, "r2", 1))
                   .expectEvents(new StockSoldOutEvent(BREAD, "r2", 1, 0));
        }

        @Test
        void aRetriedReserveForAReservedIdTakesNoMoreLoavesAndRepeatsTheAnswer() {
            fixture.given(registered(10), new StockReservedEvent(BREAD, "r1", 3, 7))
                   .when(new ReserveStockCommand(BREAD, "r1", 3))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents()
                   .expectResultMessagePayload(new StockDecisions(List.of(StockOutcome.RESERVED)));
        }

        @Test
        void aRetriedReserveForASoldOutIdStaysSoldOutEvenAfterARestock() {
            fixture.given(registered(2), new StockSoldOutEvent(BREAD, "r1", 3, 2),
                           new BreadRestockedEvent(BREAD, 10, 12, 12))
                   .when(new ReserveStockCommand(BREAD, "r1", 3))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents()
                   .expectResultMessagePayload(new StockDecisions(List.of(StockOutcome.SOLD_OUT)));
        }

        @ParameterizedTest(name = "quantity {0}")
        @ValueSource(ints = {0, -1})
        void aQuantityBelowOneIsInvalid(int quantity) {
            expectRefusal(fixture.given(registered(10)).when(new ReserveStockCommand(BREAD, "r1", quantity)),
                    Kind.INVALID, "quantity must be at least 1");
        }
    }

    @Nested
    class DecidingManyRequestsInOneCommand {

        @Test
        void decidesEachInOrderUntilTheLoavesRunOutAndAnswersEachInOrder() {
            fixture.given(registered(4))
                   .when(new ReserveStockCommand(BREAD, List.of(new StockRequest("r1", 2), new StockRequest("r2", 3),
                           new StockRequest("r3", 2))))
                   .expectEvents(new StockReservedEvent(BREAD, "r1", 2, 2), new StockSoldOutEvent(BREAD, "r2", 3, 2),
                           new StockReservedEvent(BREAD, "r3", 2, 0))
                   .expectResultMessagePayload(new StockDecisions(
                           List.of(StockOutcome.RESERVED, StockOutcome.SOLD_OUT, StockOutcome.RESERVED)));
        }

        @Test
        void aReservationAskedForTwiceIsDecidedOnceAndAnsweredTheSameBothTimes() {
            fixture.given(registered(4))
                   .when(new ReserveStockCommand(BREAD, List.of(new StockRequest("r1", 1), new StockRequest("r1", 1))))
                   .expectEvents(new StockReservedEvent(BREAD, "r1", 1, 3))
                   .expectResultMessagePayload(new StockDecisions(
                           List.of(StockOutcome.RESERVED, StockOutcome.RESERVED)));
        }

        @Test
        void oneInvalidRequestRefusesTheWholeCommandBeforeAnythingIsDecided() {
            expectRefusal(fixture.given(registered(4)).when(new ReserveStockCommand(BREAD,
                            List.of(new StockRequest("r1", 1), new StockRequest("r2", 0)))),
                    Kind.INVALID, "quantity must be at least 1");
        }

        @Test
        void aCommandThatAsksForNoReservationIsInvalid() {
            expectRefusal(fixture.given(registered(4)).when(new CheckStockCommand(BREAD, List.of())),
                    Kind.INVALID, "at least one reservation must be asked for");
        }

        @Test
        void aRequestWithoutAReservationIdIsInvalid() {
            expectRefusal(fixture.given(registered(4)).when(new CheckStockCommand(BREAD, " ", 1)),
                    Kind.INVALID, "reservationId must not be blank");
        }

        @Test
        void checksRecordOnlyTheSoldOutOnesAndAnswerEachInOrder() {
            fixture.given(registered(3))
                   .when(new CheckStockCommand(BREAD, List.of(new StockRequest("r1", 3), new StockRequest("r2", 4))))
                   .expectEvents(new StockCheckedSoldOutEvent(BREAD, "r2", 4, 3))
                   .expectResultMessagePayload(new StockChecks(List.of(StockCheck.ENOUGH, StockCheck.SOLD_OUT)));
        }
    }

    @Nested
    class CheckingBeforeTheReservationIsPlaced {

        @Test
        void enoughLoavesChangeNothingAndHoldNothing() {
            fixture.given(registered(10))
                   .when(new CheckStockCommand(BREAD, "r1", 3))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents()
                   .expectResultMessagePayload(new StockChecks(List.of(StockCheck.ENOUGH)));
        }

        @Test
        void tooFewLoavesAreThatReservationsSoldOutDecision() {
            fixture.given(registered(5), new StockReservedEvent(BREAD, "r1", 3, 2))
                   .when(new CheckStockCommand(BREAD, "r2", 3))
                   .expectEvents(new StockCheckedSoldOutEvent(BREAD, "r2", 3, 2))
                   .expectResultMessagePayload(new StockChecks(List.of(StockCheck.SOLD_OUT)));
        }

        @Test
        void aReserveAfterASoldOutCheckStaysSoldOutEvenAfterARestock() {
            fixture.given(registered(1), new StockReservedEvent(BREAD, "r1", 1, 0))
                   .andGivenCommands(new CheckStockCommand(BREAD, "r2", 1), new RestockBreadCommand(BREAD, 5))
                   .when(new ReserveStockCommand(BREAD, "r2", 1))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents()
                   .expectResultMessagePayload(new StockDecisions(List.of(StockOutcome.SOLD_OUT)));
        }

        @Test
        void aRepeatedCheckRepeatsTheSoldOutWithoutRecordingItTwice() {
            fixture.given(registered(2), new StockCheckedSoldOutEvent(BREAD, "r1", 3, 2),
                           new BreadRestockedEvent(BREAD, 10, 12, 12))
                   .when(new CheckStockCommand(BREAD, "r1", 3))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents()
                   .expectResultMessagePayload(new StockChecks(List.of(StockCheck.SOLD_OUT)));
        }

        @Test
        void aCheckForAnIdAlreadyReservedSaysEnoughAndTakesNothingMore() {
            fixture.given(registered(3), new StockReservedEvent(BREAD, "r1", 3, 0))
                   .when(new CheckStockCommand(BREAD, "r1", 3))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents()
                   .expectResultMessagePayload(new StockChecks(List.of(StockCheck.ENOUGH)));
        }

        @ParameterizedTest(name = "quantity {0}")
        @ValueSource(ints = {0, -1})
        void aQuantityBelowOneIsInvalid(int quantity) {
            expectRefusal(fixture.given(registered(10)).when(new CheckStockCommand(BREAD, "r1", quantity)),
                    Kind.INVALID, "quantity must be at least 1");
        }
    }

    @Nested
    class Releasing {

        @Test
        void returnsTheReservedLoaves() {
            fixture.given(registered(10), new StockReservedEvent(BREAD, "r1", 3, 7))
                   .when(new ReleaseStockCommand(BREAD, "r1"))
                   .expectEvents(new StockReleasedEvent(BREAD, "r1", 3, 10));
        }

        @Test
        void returnsOnlyThatReservationsLoaves() {
            fixture.given(registered(10), new StockReservedEvent(BREAD, "r1", 3, 7),
                           new StockReservedEvent(BREAD, "r2", 4, 3))
                   .when(new ReleaseStockCommand(BREAD, "r1"))
                   .expectEvents(new StockReleasedEvent(BREAD, "r1", 3, 6));
        }

        @Test
        void releasingTwiceReturnsTheLoavesOnlyOnce() {
            fixture.given(registered(10), new StockReservedEvent(BREAD, "r1", 3, 7),
                           new StockReleasedEvent(BREAD, "r1", 3, 10))
                   .when(new ReleaseStockCommand(BREAD, "r1"))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void releasingAnUndecidedReservationRecordsThatNothingWasHeld() {
            fixture.given(registered(10))
                   .when(new ReleaseStockCommand(BREAD, "undecided"))
                   .expectEvents(new StockReleasedEvent(BREAD, "undecided", 0, 10));
        }

        @Test
        void aDecisionAskedForAfterTheReleaseTakesNoLoaf() {
            fixture.given(registered(10), new StockReleasedEvent(BREAD, "r1", 0, 10))
                   .when(new ReserveStockCommand(BREAD, "r1", 3))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents()
                   .expectResultMessagePayload(new StockDecisions(List.of(StockOutcome.RELEASED)));
        }

        @Test
        void releasingASoldOutReservationReturnsNothing() {
            fixture.given(registered(2), new StockSoldOutEvent(BREAD, "r1", 3, 2))
                   .when(new ReleaseStockCommand(BREAD, "r1"))
                   .expectEvents(new StockReleasedEvent(BREAD, "r1", 0, 2));
        }

        @Test
        void aReserveRetriedAfterTheReleaseDoesNotTakeTheLoavesAgain() {
            fixture.given(registered(10), new StockReservedEvent(BREAD, "r1", 3, 7),
                           new StockReleasedEvent(BREAD, "r1", 3, 10))
                   .when(new ReserveStockCommand(BREAD, "r1", 3))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents()
                   .expectResultMessagePayload(new StockDecisions(List.of(StockOutcome.RELEASED)));
        }
    }

    /**
     * A bread keeping two settled decisions: ids grow with time, so "r01" is older than "r02". Every retry the
     * reservation process can send comes after the reservation is forgotten here, and takes or gives back no loaf.
     */
    @Nested
    class ForgettingSettledReservations {

        private final AggregateTestFixture<BreadStock> forgetful = ForgetfulBreads.fixture(2);

        private StockSoldOutEvent soldOut(String reservationId, int remaining) {
            return new StockSoldOutEvent(BREAD, reservationId, remaining + 1, remaining);
        }

        @Test
        void keepsOnlyTheNewestSettledDecisionsAndEveryReservationHoldingLoaves() {
            forgetful.given(registered(2), new StockReservedEvent(BREAD, "r01", 2, 0), soldOut("r02", 0),
                             soldOut("r03", 0), soldOut("r04", 0), soldOut("r05", 0))
                     .when(new CheckStockCommand(BREAD, "r06", 1))
                     .expectEvents(new StockCheckedSoldOutEvent(BREAD, "r06", 1, 0))
                     .expectState(bread -> assertThat(bread.rememberedReservations()).isEqualTo(3));
        }

        @Test
        void aPlacementRetriedAfterItsSoldOutWasForgottenStaysSoldOutEvenAfterARestock() {
            forgetful.given(registered(1), new StockReservedEvent(BREAD, "r01", 1, 0), soldOut("r02", 0),
                             soldOut("r03", 0), soldOut("r04", 0), new BreadRestockedEvent(BREAD, 5, 6, 5))
                     .when(new ReserveStockCommand(BREAD, "r02", 1))
                     .expectSuccessfulHandlerExecution()
                     .expectNoEvents()
                     .expectResultMessagePayload(new StockDecisions(List.of(StockOutcome.SOLD_OUT)));
        }

        @Test
        void aCheckRetriedAfterItsSoldOutWasForgottenStaysSoldOutEvenAfterARestock() {
            forgetful.given(registered(1), new StockReservedEvent(BREAD, "r01", 1, 0),
                             new StockCheckedSoldOutEvent(BREAD, "r02", 1, 0), soldOut("r03", 0), soldOut("r04", 0),
                             new BreadRestockedEvent(BREAD, 5, 6, 5))
                     .when(new CheckStockCommand(BREAD, "r02", 1))
                     .expectSuccessfulHandlerExecution()
                     .expectNoEvents()
                     .expectResultMessagePayload(new StockChecks(List.of(StockCheck.SOLD_OUT)));
        }

        @Test
        void aReserveRetriedAfterTheReleaseWasForgottenTakesNoLoaf() {
            forgetful.given(registered(3), new StockReservedEvent(BREAD, "r01", 3, 0),
                             new StockReleasedEvent(BREAD, "r01", 3, 3), soldOut("r02", 3), soldOut("r03", 3))
                     .when(new ReserveStockCommand(BREAD, "r01", 3))
                     .expectSuccessfulHandlerExecution()
                     .expectNoEvents()
                     .expectResultMessagePayload(new StockDecisions(List.of(StockOutcome.SOLD_OUT)));
        }

        @Test
        void aReleaseRetriedAfterItWasForgottenGivesBackNothing() {
            forgetful.given(registered(3), new StockReservedEvent(BREAD, "r01", 3, 0),
                             new StockReleasedEvent(BREAD, "r01", 3, 3), soldOut("r02", 3), soldOut("r03", 3))
                     .when(new ReleaseStockCommand(BREAD, "r01"))
                     .expectEvents(new StockReleasedEvent(BREAD, "r01", 0, 3));
        }

        @Test
        void aDecisionAskedForAfterAnAbandonedReservationsReleaseWasForgottenTakesNoLoaf() {
            forgetful.given(registered(3), new StockReleasedEvent(BREAD, "r01", 0, 3), soldOut("r02", 3),
                             soldOut("r03", 3))
                     .when(new ReserveStockCommand(BREAD, "r01", 1))
                     .expectSuccessfulHandlerExecution()
                     .expectNoEvents()
                     .expectResultMessagePayload(new StockDecisions(List.of(StockOutcome.SOLD_OUT)));
        }

        @Test
        void aReservationReleasedBeforeAnyDecisionAfterTheMarkPassedItIsNeverGivenALoaf() {
            forgetful.given(registered(3), soldOut("r02", 3), soldOut("r03", 3), soldOut("r04", 3))
                     .andGivenCommands(new ReleaseStockCommand(BREAD, "r01"))
                     .when(new ReserveStockCommand(BREAD, "r01", 1))
                     .expectSuccessfulHandlerExecution()
                     .expectNoEvents()
                     .expectResultMessagePayload(new StockDecisions(List.of(StockOutcome.SOLD_OUT)));
        }

        @Test
        void aReservationHoldingLoavesIsRememberedUntilItGivesThemBackOnce() {
            forgetful.given(registered(4), new StockReservedEvent(BREAD, "r01", 3, 1), soldOut("r02", 1),
                             soldOut("r03", 1), soldOut("r04", 1))
                     .andGivenCommands(new ReserveStockCommand(BREAD, "r01", 3), new CheckStockCommand(BREAD, "r01", 3))
                     .when(new ReleaseStockCommand(BREAD, "r01"))
                     .expectEvents(new StockReleasedEvent(BREAD, "r01", 3, 4));
            forgetful.given(registered(4), new StockReservedEvent(BREAD, "r01", 3, 1), soldOut("r02", 1),
                             soldOut("r03", 1), soldOut("r04", 1), new StockReleasedEvent(BREAD, "r01", 3, 4))
                     .when(new ReleaseStockCommand(BREAD, "r01"))
                     .expectEvents(new StockReleasedEvent(BREAD, "r01", 0, 4));
        }

        @Test
        void aRequestReachingTheBreadAfterTheMarkPassedItsIdHearsSoldOutWithoutAnEvent() {
            forgetful.given(registered(10), soldOut("r02", 10), soldOut("r03", 10), soldOut("r04", 10))
                     .when(new CheckStockCommand(BREAD, List.of(new StockRequest("r01", 1),
                             new StockRequest("r02", 1), new StockRequest("r05", 1))))
                     .expectNoEvents()
                     .expectResultMessagePayload(new StockChecks(
                             List.of(StockCheck.SOLD_OUT, StockCheck.SOLD_OUT, StockCheck.ENOUGH)));
        }

        @Test
        void reservationsNewerThanTheMarkAreDecidedAsEver() {
            forgetful.given(registered(10), soldOut("r02", 10), soldOut("r03", 10), soldOut("r04", 10))
                     .when(new ReserveStockCommand(BREAD, List.of(new StockRequest("r05", 2),
                             new StockRequest("r06", 9))))
                     .expectEvents(new StockReservedEvent(BREAD, "r05", 2, 8), new StockSoldOutEvent(BREAD, "r06", 9, 8))
                     .expectResultMessagePayload(new StockDecisions(
                             List.of(StockOutcome.RESERVED, StockOutcome.SOLD_OUT)));
        }
    }

    @Test
    void remainingNeverGoesBelowZeroAndAlwaysEqualsTheEditionMinusWhatIsHeld() {
        int editionSize = 20;
        SplittableRandom random = new SplittableRandom(7);
        List<Object> history = new ArrayList<>(List.of(registered(editionSize)));
        Map<String, Integer> held = new HashMap<>();
        for (int step = 0; step < 300; step++) {
            String reservationId = "r" + random.nextInt(40);
            int quantity = 1 + random.nextInt(Limits.MAX_PER_RESERVATION);
            Object command = switch (random.nextInt(4)) {
                case 0 -> new ReleaseStockCommand(BREAD, reservationId);
                case 1 -> new CheckStockCommand(BREAD, reservationId, quantity);
                default -> new ReserveStockCommand(BREAD, reservationId, quantity);
            };
            List<Object> emitted = new ArrayList<>();
            fixture.given(history).when(command).expectSuccessfulHandlerExecution()
                   .expectEventsMatching(capturingInto(emitted));
            assertThat(emitted).hasSizeLessThanOrEqualTo(1);
            for (Object event : emitted) {
                int remaining;
                if (event instanceof StockReservedEvent e) {
                    held.put(e.reservationId(), e.quantity());
                    remaining = e.remaining();
                } else if (event instanceof StockReleasedEvent e) {
                    assertThat(e.quantity()).isEqualTo(held.getOrDefault(e.reservationId(), 0));
                    held.remove(e.reservationId());
                    remaining = e.remaining();
                } else if (event instanceof StockSoldOutEvent e) {
                    assertThat(e.requested()).isGreaterThan(e.remaining());
                    remaining = e.remaining();
                } else if (event instanceof StockCheckedSoldOutEvent e) {
                    assertThat(e.requested()).isGreaterThan(e.remaining());
                    remaining = e.remaining();
                } else {
                    throw new AssertionError("unexpected event " + event);
                }
                int heldLoaves = held.values().stream().mapToInt(Integer::intValue).sum();
                assertThat(remaining).isBetween(0, editionSize).isEqualTo(editionSize - heldLoaves);
            }
            history.addAll(emitted);
        }
        assertThat(history).hasAtLeastOneElementOfType(StockSoldOutEvent.class)
                           .hasAtLeastOneElementOfType(StockReleasedEvent.class);
    }

    private static CustomTypeSafeMatcher<List<EventMessage<?>>> capturingInto(List<Object> payloads) {
        return new CustomTypeSafeMatcher<>("any events (captured)") {
            @Override
            protected boolean matchesSafely(List<EventMessage<?>> events) {
                payloads.clear();
                events.forEach(event -> payloads.add(event.getPayload()));
                return true;
            }
        };
    }
}
