package com.bbangshop.reservation;

import com.bbangshop.api.reservation.ExpireReservationCommand;
import com.bbangshop.api.reservation.MarkReservationReadyCommand;
import com.bbangshop.api.reservation.PickUpReservationCommand;
import com.bbangshop.api.reservation.PickupDeadlineNearEvent;
import com.bbangshop.api.reservation.ReservationExpiredEvent;
import com.bbangshop.api.reservation.ReservationPickedUpEvent;
import com.bbangshop.api.reservation.ReservationReadyEvent;
import com.bbangshop.api.reservation.ReservationStatus;
import com.bbangshop.api.reservation.WarnPickupDeadlineCommand;
import com.bbangshop.api.rules.BusinessRuleException;
import com.bbangshop.api.rules.RuleViolation;
import com.bbangshop.api.rules.RuleViolation.Kind;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;

import static com.bbangshop.api.reservation.ReservationStatus.CONFIRMED;
import static com.bbangshop.api.reservation.ReservationStatus.READY;
import static com.bbangshop.reservation.ReservationTest.BREAD;
import static com.bbangshop.reservation.ReservationTest.CODE;
import static com.bbangshop.reservation.ReservationTest.ID;
import static com.bbangshop.reservation.ReservationTest.PICKUP_BY;
import static com.bbangshop.reservation.ReservationTest.historyTo;
import static org.junit.jupiter.params.provider.EnumSource.Mode.EXCLUDE;

/** After the sale: baked loaves wait at the counter until the pickup deadline; nobody came for them, they expire. */
class ReservationAtTheCounterTest {

    private static final Instant LATER = PICKUP_BY.plusSeconds(3600);

    private AggregateTestFixture<Reservation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Reservation.class);
    }

    private TestExecutor<Reservation> given(ReservationStatus status) {
        return fixture.given(historyTo(status));
    }

    @Nested
    class MarkingReady {

        @Test
        void aConfirmedReservationIsReadyUntilItsDeadlineWithItsPickupCode() {
            given(CONFIRMED).when(new MarkReservationReadyCommand(ID, PICKUP_BY))
                            .expectEvents(new ReservationReadyEvent(ID, BREAD, CODE, PICKUP_BY))
                            .expectResultMessagePayload(PICKUP_BY);
        }

        @Test
        void markingReadyAgainChangesNothingAndAnswersTheDeadlineFirstGiven() {
            given(READY).when(new MarkReservationReadyCommand(ID, LATER))
                        .expectSuccessfulHandlerExecution()
                        .expectNoEvents()
                        .expectResultMessagePayload(PICKUP_BY);
        }

        @ParameterizedTest(name = "when {0}")
        @EnumSource(names = {"CONFIRMED", "READY"}, mode = EXCLUDE)
        void onlyAConfirmedReservationCanBeMarkedReady(ReservationStatus status) {
            String message = "reservation r1 is " + status + "; only a CONFIRMED reservation can be marked ready";
            given(status).when(new MarkReservationReadyCommand(ID, PICKUP_BY))
                         .expectException(BusinessRuleException.class)
                         .expectExceptionMessage(message)
                         .expectExceptionDetails(new RuleViolation(Kind.CONFLICT, message))
                         .expectNoEvents();
        }

        @Test
        void aReadyMarkWithoutADeadlineIsInvalid() {
            String message = "pickupBy is required: the time the ready loaves wait until";
            given(CONFIRMED).when(new MarkReservationReadyCommand(ID, null))
                            .expectException(BusinessRuleException.class)
                            .expectExceptionDetails(new RuleViolation(Kind.INVALID, message))
                            .expectNoEvents();
        }
    }

    @Nested
    class PickingUp {

        @Test
        void aReadyReservationIsPickedUp() {
            given(READY).when(new PickUpReservationCommand(ID))
                        .expectEvents(new ReservationPickedUpEvent(ID, BREAD));
        }

        @Test
        void aConfirmedReservationIsPickedUpStraightFromTheOven() {
            given(CONFIRMED).when(new PickUpReservationCommand(ID, CODE))
                            .expectEvents(new ReservationPickedUpEvent(ID, BREAD));
        }
    }

    @Nested
    class WarningOfTheDeadline {

        @Test
        void aReadyReservationIsWarnedWithItsCodeAndDeadline() {
            given(READY).when(new WarnPickupDeadlineCommand(ID))
                        .expectEvents(new PickupDeadlineNearEvent(ID, BREAD, CODE, PICKUP_BY));
        }

        @Test
        void itIsWarnedOnlyOnce() {
            fixture.given(historyTo(READY)).andGiven(new PickupDeadlineNearEvent(ID, BREAD, CODE, PICKUP_BY))
                   .when(new WarnPickupDeadlineCommand(ID))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @ParameterizedTest(name = "when {0}")
        @EnumSource(names = "READY", mode = EXCLUDE)
        void aReservationNotWaitingAtTheCounterIsNotWarned(ReservationStatus status) {
            given(status).when(new WarnPickupDeadlineCommand(ID))
                         .expectSuccessfulHandlerExecution()
                         .expectNoEvents();
        }
    }

    @Nested
    class Expiring {

        @Test
        void aReadyReservationNobodyFetchedBecomesANoShowAndFreesItsLoaves() {
            given(READY).when(new ExpireReservationCommand(ID))
                        .expectEvents(new ReservationExpiredEvent(ID, BREAD, 2, CODE));
        }

        @Test
        void aPickupThatRacedTheDeadlineStandsAndExpiringChangesNothing() {
            fixture.given(historyTo(READY)).andGiven(new ReservationPickedUpEvent(ID, BREAD))
                   .when(new ExpireReservationCommand(ID))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @ParameterizedTest(name = "when {0}")
        @EnumSource(names = "READY", mode = EXCLUDE)
        void onlyAReadyReservationExpiresAndExpiringTwiceChangesNothing(ReservationStatus status) {
            given(status).when(new ExpireReservationCommand(ID))
                         .expectSuccessfulHandlerExecution()
                         .expectNoEvents();
        }
    }
}
