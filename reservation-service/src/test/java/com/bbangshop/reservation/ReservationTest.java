package com.bbangshop.reservation;

import com.bbangshop.api.reservation.AbandonReservationCommand;
import com.bbangshop.api.reservation.CancellationReason;
import com.bbangshop.api.reservation.AcceptReservationCommand;
import com.bbangshop.api.reservation.ClearReservationFlagCommand;
import com.bbangshop.api.reservation.CompleteCancellationCommand;
import com.bbangshop.api.reservation.ConfirmReservationCommand;
import com.bbangshop.api.reservation.FlagReservationCommand;
import com.bbangshop.api.reservation.PickUpReservationCommand;
import com.bbangshop.api.reservation.PlaceReservationCommand;
import com.bbangshop.api.reservation.RecordSoldOutReservationCommand;
import com.bbangshop.api.reservation.RejectSoldOutReservationCommand;
import com.bbangshop.api.reservation.RequestCancellationCommand;
import com.bbangshop.api.reservation.ReservationAcceptedEvent;
import com.bbangshop.api.reservation.ReservationCanceledEvent;
import com.bbangshop.api.reservation.ReservationCancellationRequestedEvent;
import com.bbangshop.api.reservation.ReservationConfirmedEvent;
import com.bbangshop.api.reservation.ReservationExpiredEvent;
import com.bbangshop.api.reservation.ReservationFlagClearedEvent;
import com.bbangshop.api.reservation.ReservationFlaggedEvent;
import com.bbangshop.api.reservation.ReservationPickedUpEvent;
import com.bbangshop.api.reservation.ReservationPlacedEvent;
import com.bbangshop.api.reservation.ReservationReadyEvent;
import com.bbangshop.api.reservation.ReservationSoldOutEvent;
import com.bbangshop.api.reservation.ReservationStatus;
import com.bbangshop.api.reservation.SoldOutReservationRecordedEvent;
import com.bbangshop.api.rules.BusinessRuleException;
import com.bbangshop.api.rules.RuleViolation;
import com.bbangshop.api.rules.RuleViolation.Kind;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.bbangshop.api.reservation.ReservationStatus.ACCEPTED;
import static com.bbangshop.api.reservation.ReservationStatus.CANCELED;
import static com.bbangshop.api.reservation.ReservationStatus.CANCELLATION_REQUESTED;
import static com.bbangshop.api.reservation.ReservationStatus.CONFIRMED;
import static com.bbangshop.api.reservation.ReservationStatus.NO_SHOW;
import static com.bbangshop.api.reservation.ReservationStatus.PICKED_UP;
import static com.bbangshop.api.reservation.ReservationStatus.READY;
import static com.bbangshop.api.reservation.ReservationStatus.REQUESTED;
import static com.bbangshop.api.reservation.ReservationStatus.SOLD_OUT;
import static org.junit.jupiter.params.provider.EnumSource.Mode.EXCLUDE;

class ReservationTest {

    static final String ID = "r1";
    static final String BREAD = "bread-1";
    static final String CODE = "AA23";
    static final String SECRET_HASH = CancelSecrets.hash("the-customers-secret");
    private static final String OTHER_HASH = CancelSecrets.hash("someone-elses-secret");
    static final Instant PICKUP_BY = Instant.parse("2026-12-07T12:00:00Z");

    private AggregateTestFixture<Reservation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Reservation.class);
    }

    /** The events that bring reservation {@link #ID} of two loaves to {@code status}. */
    static List<Object> historyTo(ReservationStatus status) {
        List<Object> history = new ArrayList<>(List.of(new ReservationPlacedEvent(ID, BREAD, 2, SECRET_HASH)));
        switch (status) {
            case REQUESTED -> {
            }
            case SOLD_OUT -> history.add(new ReservationSoldOutEvent(ID, BREAD, 2));
            case CANCELLATION_REQUESTED, CANCELED -> {
                history.add(new ReservationAcceptedEvent(ID, BREAD, 2, CODE));
                history.add(new ReservationCancellationRequestedEvent(ID, BREAD, 2, ACCEPTED));
                if (status == CANCELED) {
                    history.add(new ReservationCanceledEvent(ID, BREAD, 2));
                }
            }
            case ACCEPTED, CONFIRMED, PICKED_UP, READY, NO_SHOW -> {
                history.add(new ReservationAcceptedEvent(ID, BREAD, 2, CODE));
                if (status != ACCEPTED) {
                    history.add(new ReservationConfirmedEvent(ID, BREAD, "Hana"));
                }
                if (status == READY || status == NO_SHOW) {
                    history.add(new ReservationReadyEvent(ID, BREAD, CODE, PICKUP_BY));
                }
                if (status == NO_SHOW) {
                    history.add(new ReservationExpiredEvent(ID, BREAD, 2, CODE));
                }
                if (status == PICKED_UP) {
                    history.add(new ReservationPickedUpEvent(ID, BREAD));
                }
            }
        }
        return history;
    }

    private TestExecutor<Reservation> given(ReservationStatus status) {
        return fixture.given(historyTo(status));
    }

    private static void expectRefusal(ResultValidator<Reservation> result, Kind kind, String message) {
        result.expectException(BusinessRuleException.class)
              .expectExceptionMessage(message)
              .expectExceptionDetails(new RuleViolation(kind, message))
              .expectNoEvents();
    }

    private static void expectNothingChanges(ResultValidator<Reservation> result) {
        result.expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Nested
    class Placing {

        @ParameterizedTest(name = "quantity {0}")
        @ValueSource(ints = {1, 10})
        void aValidReservationIsPlacedWithItsSecretHash(int quantity) {
            fixture.givenNoPriorActivity()
                   .when(new PlaceReservationCommand(ID, BREAD, quantity, SECRET_HASH))
                   .expectEvents(new ReservationPlacedEvent(ID, BREAD, quantity, SECRET_HASH));
        }

        @ParameterizedTest(name = "breadId \"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void aBlankBreadIdIsInvalid(String breadId) {
            expectRefusal(fixture.givenNoPriorActivity()
                                 .when(new PlaceReservationCommand(ID, breadId, 2, SECRET_HASH)),
                    Kind.INVALID, "breadId must not be blank");
        }

        @ParameterizedTest(name = "quantity {0}")
        @ValueSource(ints = {0, -1, 11})
        void aQuantityOutsideOneToTenIsInvalid(int quantity) {
            expectRefusal(fixture.givenNoPriorActivity()
                                 .when(new PlaceReservationCommand(ID, BREAD, quantity, SECRET_HASH)),
                    Kind.INVALID, "quantity must be between 1 and 10");
        }

        @ParameterizedTest(name = "hash \"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void aReservationWithoutACancelSecretHashIsInvalid(String hash) {
            expectRefusal(fixture.givenNoPriorActivity().when(new PlaceReservationCommand(ID, BREAD, 2, hash)),
                    Kind.INVALID, "a reservation needs the hash of its cancel secret");
        }
    }

    /** A reservation born sold out, as recorded now and as recorded before it had an event of its own. */
    static List<Object> bornSoldOut() {
        return List.of(new SoldOutReservationRecordedEvent(ID, BREAD, 2), new ReservationSoldOutEvent(ID, BREAD, 2));
    }

    @Nested
    class BornSoldOut {

        @Test
        void aReservationTheBakeryFoundSoldOutBeforePlacingIsRecordedSoldOutAtOnce() {
            fixture.givenNoPriorActivity()
                   .when(new RecordSoldOutReservationCommand(ID, BREAD, 2))
                   .expectEvents(new SoldOutReservationRecordedEvent(ID, BREAD, 2));
        }

        @ParameterizedTest(name = "breadId \"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void aBlankBreadIdIsInvalid(String breadId) {
            expectRefusal(fixture.givenNoPriorActivity().when(new RecordSoldOutReservationCommand(ID, breadId, 2)),
                    Kind.INVALID, "breadId must not be blank");
        }

        @ParameterizedTest(name = "quantity {0}")
        @ValueSource(ints = {0, 11})
        void aQuantityOutsideOneToTenIsInvalid(int quantity) {
            expectRefusal(fixture.givenNoPriorActivity()
                                 .when(new RecordSoldOutReservationCommand(ID, BREAD, quantity)),
                    Kind.INVALID, "quantity must be between 1 and 10");
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("com.bbangshop.reservation.ReservationTest#bornSoldOut")
        void itCanNeitherBeAcceptedNorCanceledButRejectingAgainChangesNothing(Object born) {
            expectRefusal(fixture.given(born).when(new AcceptReservationCommand(ID, CODE)),
                    Kind.CONFLICT, "reservation r1 is SOLD_OUT and cannot be accepted");
            expectRefusal(fixture.given(born).when(new RequestCancellationCommand(ID, null, true)),
                    Kind.CONFLICT, "reservation r1 was sold out; there is nothing to cancel");
            expectNothingChanges(fixture.given(born).when(new RejectSoldOutReservationCommand(ID)));
        }
    }

    @Nested
    class Accepting {

        @Test
        void aRequestedReservationIsAccepted() {
            given(REQUESTED).when(new AcceptReservationCommand(ID, CODE))
                            .expectEvents(new ReservationAcceptedEvent(ID, BREAD, 2, CODE));
        }

        @ParameterizedTest(name = "when {0}")
        @EnumSource(names = {"ACCEPTED", "CONFIRMED", "READY", "PICKED_UP", "NO_SHOW"})
        void acceptingAgainOnceAcceptedChangesNothing(ReservationStatus status) {
            expectNothingChanges(given(status).when(new AcceptReservationCommand(ID, CODE)));
        }

        @ParameterizedTest(name = "when {0}")
        @EnumSource(names = {"SOLD_OUT", "CANCELLATION_REQUESTED", "CANCELED"})
        void acceptingASoldOutOrCanceledReservationIsAConflict(ReservationStatus status) {
            expectRefusal(given(status).when(new AcceptReservationCommand(ID, CODE)),
                    Kind.CONFLICT, "reservation r1 is " + status + " and cannot be accepted");
        }

        @Test
        void stockArrivingAfterACancellationRequestedWhileUndecidedIsAConflict() {
            expectRefusal(fixture.given(historyTo(REQUESTED))
                                 .andGiven(new ReservationCancellationRequestedEvent(ID, BREAD, 2, REQUESTED))
                                 .when(new AcceptReservationCommand(ID, CODE)),
                    Kind.CONFLICT, "reservation r1 is CANCELLATION_REQUESTED and cannot be accepted");
        }
    }

    @Nested
    class RejectingAsSoldOut {

        @Test
        void aRequestedReservationIsSoldOut() {
            given(REQUESTED).when(new RejectSoldOutReservationCommand(ID))
                            .expectEvents(new ReservationSoldOutEvent(ID, BREAD, 2));
        }

        @Test
        void rejectingTwiceChangesNothing() {
            expectNothingChanges(given(SOLD_OUT).when(new RejectSoldOutReservationCommand(ID)));
        }

        @ParameterizedTest(name = "when {0}")
        @EnumSource(names = {"REQUESTED", "SOLD_OUT"}, mode = EXCLUDE)
        void rejectingAReservationThatWasAlreadyAcceptedOrCanceledIsAConflict(ReservationStatus status) {
            expectRefusal(given(status).when(new RejectSoldOutReservationCommand(ID)),
                    Kind.CONFLICT, "reservation r1 is " + status + " and cannot be rejected as sold out");
        }
    }

    @Nested
    class Confirming {

        @Test
        void anAcceptedReservationIsConfirmedWithItsBaker() {
            given(ACCEPTED).when(new ConfirmReservationCommand(ID, "Minji"))
                           .expectEvents(new ReservationConfirmedEvent(ID, BREAD, "Minji"));
        }

        @ParameterizedTest(name = "when {0}")
        @EnumSource(names = {"CONFIRMED", "READY", "PICKED_UP", "NO_SHOW"})
        void confirmingAgainChangesNothing(ReservationStatus status) {
            expectNothingChanges(given(status).when(new ConfirmReservationCommand(ID, "Minji")));
        }

        @ParameterizedTest(name = "when {0}")
        @EnumSource(names = {"REQUESTED", "SOLD_OUT", "CANCELLATION_REQUESTED", "CANCELED"})
        void confirmingAReservationThatIsNotAcceptedIsAConflict(ReservationStatus status) {
            expectRefusal(given(status).when(new ConfirmReservationCommand(ID, "Minji")),
                    Kind.CONFLICT, "reservation r1 is " + status + " and cannot be confirmed");
        }
    }

    @Nested
    class RequestingCancellation {

        @ParameterizedTest(name = "from {0}")
        @EnumSource(names = {"REQUESTED", "ACCEPTED", "CONFIRMED", "READY"})
        void theOwnerCancelsWithTheRightSecretAndThePreviousStatusIsKept(ReservationStatus status) {
            given(status).when(new RequestCancellationCommand(ID, SECRET_HASH, false))
                         .expectEvents(new ReservationCancellationRequestedEvent(ID, BREAD, 2, status,
                                 CancellationReason.CUSTOMER));
        }

        @Test
        void aWrongSecretIsForbidden() {
            expectRefusal(given(CONFIRMED).when(new RequestCancellationCommand(ID, OTHER_HASH, false)),
                    Kind.FORBIDDEN, "the cancel secret does not match reservation r1");
        }

        @Test
        void noSecretAtAllIsForbiddenForACustomer() {
            expectRefusal(given(CONFIRMED).when(new RequestCancellationCommand(ID, null, false)),
                    Kind.FORBIDDEN, "the cancel secret does not match reservation r1");
        }

        @Test
        void aWrongSecretIsForbiddenEvenWhenCancelingWouldChangeNothing() {
            expectRefusal(given(CANCELED).when(new RequestCancellationCommand(ID, OTHER_HASH, false)),
                    Kind.FORBIDDEN, "the cancel secret does not match reservation r1");
        }

        @Test
        void staffMayCancelWithoutTheSecretAndTheEventSaysStaffCanceled() {
            given(ACCEPTED).when(new RequestCancellationCommand(ID, null, true))
                           .expectEvents(new ReservationCancellationRequestedEvent(ID, BREAD, 2, ACCEPTED,
                                   CancellationReason.STAFF));
        }

        @ParameterizedTest(name = "when {0}")
        @EnumSource(names = {"CANCELLATION_REQUESTED", "CANCELED"})
        void cancelingAgainChangesNothing(ReservationStatus status) {
            expectNothingChanges(given(status).when(new RequestCancellationCommand(ID, SECRET_HASH, false)));
        }

        @Test
        void cancelingASoldOutReservationIsAConflict() {
            expectRefusal(given(SOLD_OUT).when(new RequestCancellationCommand(ID, SECRET_HASH, false)),
                    Kind.CONFLICT, "reservation r1 was sold out; there is nothing to cancel");
        }

        @Test
        void staffCancelAReadyReservationAndTheSagaLearnsTheLoavesWereReady() {
            given(READY).when(new RequestCancellationCommand(ID, null, true))
                        .expectEvents(new ReservationCancellationRequestedEvent(ID, BREAD, 2, READY,
                                CancellationReason.STAFF));
        }

        @Test
        void cancelingANoShowIsAConflict() {
            expectRefusal(given(NO_SHOW).when(new RequestCancellationCommand(ID, SECRET_HASH, false)),
                    Kind.CONFLICT, "reservation r1 was not picked up in time (NO_SHOW); there is nothing to cancel");
        }

        @Test
        void cancelingAfterPickupIsAConflictEvenForStaff() {
            expectRefusal(given(PICKED_UP).when(new RequestCancellationCommand(ID, null, true)),
                    Kind.CONFLICT, "reservation r1 was picked up; it can no longer be canceled");
        }
    }

    @Nested
    class Abandoning {

        @Test
        void anUndecidedReservationIsCanceledSoThatWhateverTheBakeryHoldsComesBack() {
            given(REQUESTED).when(new AbandonReservationCommand(ID))
                            .expectEvents(new ReservationCancellationRequestedEvent(ID, BREAD, 2, REQUESTED,
                                    CancellationReason.ABANDONED));
        }

        @ParameterizedTest(name = "when {0}")
        @EnumSource(names = "REQUESTED", mode = EXCLUDE)
        void aReservationWhoseDecisionWasRecordedIsNotAbandoned(ReservationStatus status) {
            expectNothingChanges(given(status).when(new AbandonReservationCommand(ID)));
        }
    }

    @Nested
    class CompletingCancellation {

        @Test
        void aRequestedCancellationCompletesAsCanceled() {
            given(CANCELLATION_REQUESTED).when(new CompleteCancellationCommand(ID))
                                         .expectEvents(new ReservationCanceledEvent(ID, BREAD, 2));
        }

        @Test
        void completingTwiceChangesNothing() {
            expectNothingChanges(given(CANCELED).when(new CompleteCancellationCommand(ID)));
        }

        @ParameterizedTest(name = "when {0}")
        @EnumSource(names = {"CANCELLATION_REQUESTED", "CANCELED"}, mode = EXCLUDE)
        void completingACancellationNobodyRequestedIsAConflict(ReservationStatus status) {
            expectRefusal(given(status).when(new CompleteCancellationCommand(ID)),
                    Kind.CONFLICT, "reservation r1 is " + status + " and cannot be marked canceled");
        }
    }

    @Nested
    class PickingUp {

        @Test
        void aConfirmedReservationIsPickedUp() {
            given(CONFIRMED).when(new PickUpReservationCommand(ID))
                            .expectEvents(new ReservationPickedUpEvent(ID, BREAD));
        }

        @Test
        void aConfirmedReservationIsPickedUpWithItsOwnCode() {
            given(CONFIRMED).when(new PickUpReservationCommand(ID, CODE))
                            .expectEvents(new ReservationPickedUpEvent(ID, BREAD));
        }

        @Test
        void anotherReservationsCodeIsAConflictAndHandsNothingOver() {
            expectRefusal(given(CONFIRMED).when(new PickUpReservationCommand(ID, "AA24")),
                    Kind.CONFLICT, "reservation r1 does not have pickup code AA24");
        }

        @Test
        void aReservationAcceptedBeforeCodesExistedIsHandedOverByIdOnly() {
            fixture.given(new ReservationPlacedEvent(ID, BREAD, 2, SECRET_HASH),
                           new ReservationAcceptedEvent(ID, BREAD, 2, null),
                           new ReservationConfirmedEvent(ID, BREAD, "Hana"))
                   .when(new PickUpReservationCommand(ID, CODE))
                   .expectException(BusinessRuleException.class)
                   .expectNoEvents();
            fixture.given(new ReservationPlacedEvent(ID, BREAD, 2, SECRET_HASH),
                           new ReservationAcceptedEvent(ID, BREAD, 2, null),
                           new ReservationConfirmedEvent(ID, BREAD, "Hana"))
                   .when(new PickUpReservationCommand(ID))
                   .expectEvents(new ReservationPickedUpEvent(ID, BREAD));
        }

        @Test
        void aReadyReservationIsPickedUpWithItsOwnCode() {
            given(READY).when(new PickUpReservationCommand(ID, CODE))
                        .expectEvents(new ReservationPickedUpEvent(ID, BREAD));
        }

        @ParameterizedTest(name = "when {0}")
        @EnumSource(names = {"CONFIRMED", "READY"}, mode = EXCLUDE)
        void pickingUpAnythingButAConfirmedOrReadyReservationIsAConflictEvenTwice(ReservationStatus status) {
            expectRefusal(given(status).when(new PickUpReservationCommand(ID)), Kind.CONFLICT,
                    "reservation r1 is " + status + "; only a CONFIRMED or READY reservation can be picked up");
        }
    }

    @Nested
    class FlaggingForStaff {

        private final ReservationFlaggedEvent flagged = new ReservationFlaggedEvent(ID, BREAD, "ASSIGNING_BAKER", 900);

        @ParameterizedTest(name = "when {0}")
        @EnumSource(names = {"REQUESTED", "ACCEPTED", "CONFIRMED", "READY", "CANCELLATION_REQUESTED"})
        void aReservationStillUnderWayIsFlaggedWithTheStepItWaitsAt(ReservationStatus status) {
            given(status).when(new FlagReservationCommand(ID, "ASSIGNING_BAKER", 900))
                         .expectEvents(flagged);
        }

        @Test
        void flaggingTwiceChangesNothing() {
            expectNothingChanges(fixture.given(historyTo(ACCEPTED)).andGiven(flagged)
                                        .when(new FlagReservationCommand(ID, "ASSIGNING_BAKER", 1200)));
        }

        @ParameterizedTest(name = "when {0}")
        @EnumSource(names = {"SOLD_OUT", "CANCELED", "PICKED_UP", "NO_SHOW"})
        void aFinishedReservationIsNeverFlagged(ReservationStatus status) {
            expectNothingChanges(given(status).when(new FlagReservationCommand(ID, "COMPLETING_CANCELLATION", 900)));
        }

        @Test
        void aFlagIsNotAStatusTheFlaggedReservationIsStillConfirmedAsUsual() {
            fixture.given(historyTo(ACCEPTED)).andGiven(flagged)
                   .when(new ConfirmReservationCommand(ID, "Hana"))
                   .expectEvents(new ReservationConfirmedEvent(ID, BREAD, "Hana"));
        }

        @Test
        void aFlaggedReservationIsCleared() {
            fixture.given(historyTo(ACCEPTED)).andGiven(flagged)
                   .when(new ClearReservationFlagCommand(ID))
                   .expectEvents(new ReservationFlagClearedEvent(ID, BREAD));
        }

        @Test
        void clearingAnUnflaggedReservationChangesNothing() {
            expectNothingChanges(given(ACCEPTED).when(new ClearReservationFlagCommand(ID)));
        }

        @Test
        void aClearedReservationCanBeFlaggedAgain() {
            fixture.given(historyTo(ACCEPTED)).andGiven(flagged, new ReservationFlagClearedEvent(ID, BREAD))
                   .when(new FlagReservationCommand(ID, "CONFIRMING", 900))
                   .expectEvents(new ReservationFlaggedEvent(ID, BREAD, "CONFIRMING", 900));
        }
    }
}
