package com.bbangshop.reservation.saga;

import com.bbangshop.api.assignment.AssignBakerCommand;
import com.bbangshop.api.assignment.AssignFirstBakerCommand;
import com.bbangshop.api.assignment.AssignmentDeletedEvent;
import com.bbangshop.api.assignment.AssignmentId;
import com.bbangshop.api.assignment.BakerAssignedEvent;
import com.bbangshop.api.assignment.DeleteAssignmentCommand;
import com.bbangshop.api.reservation.AbandonReservationCommand;
import com.bbangshop.api.reservation.ClearReservationFlagCommand;
import com.bbangshop.api.reservation.CompleteCancellationCommand;
import com.bbangshop.api.reservation.ConfirmReservationCommand;
import com.bbangshop.api.reservation.FlagReservationCommand;
import com.bbangshop.api.reservation.ReservationAcceptedEvent;
import com.bbangshop.api.reservation.ReservationCanceledEvent;
import com.bbangshop.api.reservation.ReservationCancellationRequestedEvent;
import com.bbangshop.api.reservation.ReservationConfirmedEvent;
import com.bbangshop.api.reservation.ReservationExpiredEvent;
import com.bbangshop.api.reservation.ReservationFlaggedEvent;
import com.bbangshop.api.reservation.ReservationPickedUpEvent;
import com.bbangshop.api.reservation.ReservationPlacedEvent;
import com.bbangshop.api.reservation.ReservationReadyEvent;
import com.bbangshop.api.reservation.ReservationSoldOutEvent;
import com.bbangshop.api.reservation.ReservationStatus;
import com.bbangshop.api.reservation.SoldOutReservationRecordedEvent;
import com.bbangshop.api.stock.ReleaseStockCommand;
import com.bbangshop.api.stock.StockCheckedSoldOutEvent;
import com.bbangshop.api.stock.StockReleasedEvent;
import com.bbangshop.api.stock.StockReservedEvent;
import com.bbangshop.api.stock.StockSoldOutEvent;
import org.axonframework.test.saga.ContinuedGivenState;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static com.bbangshop.api.reservation.ReservationStatus.ACCEPTED;
import static com.bbangshop.api.reservation.ReservationStatus.CONFIRMED;
import static com.bbangshop.api.reservation.ReservationStatus.READY;
import static com.bbangshop.api.reservation.ReservationStatus.REQUESTED;
import static com.bbangshop.reservation.saga.ReservationSaga.RETRY_DEADLINE;

/**
 * Every row of {@link ReservationSaga}'s transition table, told as sentences: given what has happened to one
 * reservation, when one more thing happens, then the saga asks for exactly this (or nothing). The stock decision is
 * the customer's request's (ReservationPlacement): the saga never asks for it.
 * <p>
 * Events are published on the aggregate that really emits them: reservation events on the reservation, stock events
 * on the bread, assignment events on the assignment. The saga finds itself through {@code reservationId} alone.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReservationSagaTest {

    private static final String RESERVATION = "reservation-1";
    private static final String BREAD = "bread-salt-bread";
    private static final String ASSIGNMENT = AssignmentId.of(RESERVATION);
    private static final int LOAVES = 2;
    private static final String HANA = "Hana";

    private static final Duration WINDOW = Duration.ofSeconds(60);
    private static final Duration INITIAL = Duration.ofSeconds(10);
    private static final Duration MAX = Duration.ofSeconds(80);
    private static final Duration FLAG_AFTER = Duration.ofSeconds(70);

    private SagaTestFixture<ReservationSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(ReservationSaga.class);
        // CommandGateway (over the fixture's RecordingCommandBus) and DeadlineManager (StubDeadlineManager) are
        // resources the fixture registers itself; the retry policy and the decision window are ours.
        fixture.registerResource(new StepRetryPolicy(INITIAL, MAX, FLAG_AFTER));
        fixture.registerResource(new DecisionWindow(WINDOW));
    }

    @Nested
    class While_the_customers_request_decides {

        @Test
        void a_placed_reservation_starts_one_saga_that_sends_nothing_and_keeps_time() {
            fixture.givenNoPriorActivity()
                    .whenAggregate(RESERVATION).publishes(placed())
                    .expectActiveSagas(1)
                    .expectAssociationWith("reservationId", RESERVATION)
                    .expectNoDispatchedCommands()
                    .expectScheduledDeadlineWithName(WINDOW, RETRY_DEADLINE);
        }

        @Test
        void the_stock_the_bakery_holds_is_the_requests_to_record_not_the_sagas() {
            given(placed())
                    .whenAggregate(BREAD).publishes(stockReserved())
                    .expectNoDispatchedCommands()
                    .expectScheduledDeadlineWithName(WINDOW, RETRY_DEADLINE);
        }

        @Test
        void a_sold_out_answer_is_the_requests_to_record_too() {
            given(placed())
                    .whenAggregate(BREAD).publishes(stockSoldOut())
                    .expectNoDispatchedCommands()
                    .expectActiveSagas(1);
        }

        @Test
        void an_accepted_reservation_gets_its_first_baker_asked_for() {
            given(placed(), stockReserved())
                    .whenAggregate(RESERVATION).publishes(accepted())
                    .expectDispatchedCommands(new AssignFirstBakerCommand(RESERVATION, BREAD, LOAVES))
                    .expectScheduledDeadlineWithName(WINDOW, RETRY_DEADLINE);
        }

        @Test
        void a_reservation_offered_from_the_waitlist_is_born_accepted_and_gets_its_first_baker() {
            given(placed())
                    .whenAggregate(RESERVATION).publishes(accepted())
                    .expectDispatchedCommands(new AssignFirstBakerCommand(RESERVATION, BREAD, LOAVES));
        }

        @Test
        void a_reservation_rejected_as_sold_out_ends_the_saga_with_no_deadline_left() {
            given(placed(), stockSoldOut())
                    .whenAggregate(RESERVATION).publishes(reservationSoldOut())
                    .expectActiveSagas(0)
                    .expectNoDispatchedCommands()
                    .expectNoScheduledDeadlines();
        }

        @Test
        void a_reservation_born_sold_out_at_the_door_starts_no_saga() {
            fixture.givenAggregate(BREAD).published(stockCheckedSoldOut())
                    .whenAggregate(RESERVATION).publishes(bornSoldOut())
                    .expectActiveSagas(0)
                    .expectNoDispatchedCommands();
        }

        @Test
        void a_decision_not_recorded_within_the_window_abandons_the_reservation() throws Exception {
            given(placed(), stockReserved())
                    .whenTimeElapses(WINDOW)
                    .expectDispatchedCommands(new AbandonReservationCommand(RESERVATION))
                    .expectScheduledDeadlineWithName(INITIAL, RETRY_DEADLINE);
        }

        @Test
        void nothing_is_abandoned_before_the_window_has_passed() throws Exception {
            given(placed())
                    .whenTimeElapses(WINDOW.minusSeconds(1))
                    .expectNoDispatchedCommands();
        }
    }

    @Nested
    class Abandoning {

        @Test
        void asks_again_with_back_off_until_the_reservation_answers() throws Exception {
            given(placed()).andThenTimeElapses(WINDOW)
                    .whenTimeElapses(INITIAL)
                    .expectDispatchedCommands(new AbandonReservationCommand(RESERVATION))
                    .expectScheduledDeadlineWithName(INITIAL.multipliedBy(2), RETRY_DEADLINE);
        }

        @Test
        void a_decision_recorded_just_before_the_abandonment_goes_on_to_the_baker() throws Exception {
            given(placed()).andThenTimeElapses(WINDOW)
                    .whenAggregate(RESERVATION).publishes(accepted())
                    .expectDispatchedCommands(new AssignFirstBakerCommand(RESERVATION, BREAD, LOAVES));
        }

        @Test
        void a_sold_out_decision_recorded_just_before_it_ends_the_saga() throws Exception {
            given(placed()).andThenTimeElapses(WINDOW)
                    .whenAggregate(RESERVATION).publishes(reservationSoldOut())
                    .expectActiveSagas(0)
                    .expectNoScheduledDeadlines();
        }

        @Test
        void the_abandoned_reservation_gives_back_whatever_the_bakery_holds() throws Exception {
            given(placed()).andThenTimeElapses(WINDOW)
                    .whenAggregate(RESERVATION).publishes(cancellationRequested(REQUESTED))
                    .expectDispatchedCommands(new ReleaseStockCommand(BREAD, RESERVATION));
        }
    }

    @Nested
    class After_acceptance {

        @Test
        void the_baker_the_bakery_picked_is_confirmed() throws Exception {
            given(placed(), stockReserved(), accepted())
                    .whenAggregate(ASSIGNMENT).publishes(bakerAssigned(HANA))
                    .expectDispatchedCommands(new ConfirmReservationCommand(RESERVATION, HANA));
        }

        @Test
        void a_confirmed_reservation_asks_for_nothing_more_and_the_saga_stays_for_pickup_or_cancellation() {
            given(placed(), stockReserved(), accepted(), bakerAssigned(HANA))
                    .whenAggregate(RESERVATION).publishes(confirmed(HANA))
                    .expectNoDispatchedCommands()
                    .expectActiveSagas(1)
                    .expectNoScheduledDeadlines();
        }

        @Test
        void a_picked_up_reservation_ends_the_saga() {
            given(confirmedReservation())
                    .whenAggregate(RESERVATION).publishes(pickedUp())
                    .expectActiveSagas(0)
                    .expectNoDispatchedCommands();
        }

        @Test
        void is_never_asked_about_again_however_long_it_waits() throws Exception {
            given(confirmedReservation())
                    .whenTimeElapses(Duration.ofDays(2))
                    .expectNoDispatchedCommands();
        }
    }

    @Nested
    class Canceling {

        @Test
        void a_confirmed_reservation_first_puts_its_loaves_back_on_sale() {
            given(confirmedReservation())
                    .whenAggregate(RESERVATION).publishes(cancellationRequested(CONFIRMED))
                    .expectDispatchedCommands(new ReleaseStockCommand(BREAD, RESERVATION))
                    .expectScheduledDeadlineWithName(INITIAL, RETRY_DEADLINE);
        }

        @Test
        void then_takes_the_baker_off_the_reservation() {
            given(confirmedReservation(), cancellationRequested(CONFIRMED))
                    .whenAggregate(BREAD).publishes(stockReleased())
                    .expectDispatchedCommands(new DeleteAssignmentCommand(RESERVATION));
        }

        @Test
        void then_asks_the_reservation_to_record_the_cancellation() {
            given(confirmedReservation(), cancellationRequested(CONFIRMED), stockReleased())
                    .whenAggregate(ASSIGNMENT).publishes(assignmentDeleted(HANA))
                    .expectDispatchedCommands(new CompleteCancellationCommand(RESERVATION));
        }

        @Test
        void and_ends_once_the_reservation_is_canceled_leaving_no_deadline() {
            given(confirmedReservation(), cancellationRequested(CONFIRMED), stockReleased(),
                    assignmentDeleted(HANA))
                    .whenAggregate(RESERVATION).publishes(canceled())
                    .expectActiveSagas(0)
                    .expectNoScheduledDeadlines();
        }

        @Test
        void while_the_decision_is_open_releases_at_once_so_a_later_decision_takes_no_loaf() {
            given(placed())
                    .whenAggregate(RESERVATION).publishes(cancellationRequested(REQUESTED))
                    .expectDispatchedCommands(new ReleaseStockCommand(BREAD, RESERVATION));
        }

        @Test
        void a_release_that_gave_back_nothing_still_walks_the_cancellation_to_its_end() {
            given(placed(), cancellationRequested(REQUESTED))
                    .whenAggregate(BREAD).publishes(nothingReleased())
                    .expectDispatchedCommands(new DeleteAssignmentCommand(RESERVATION));
        }

        @Test
        void while_a_baker_is_asked_for_releases_the_stock_and_confirms_no_late_baker() {
            given(placed(), stockReserved(), accepted(), cancellationRequested(ACCEPTED))
                    .whenAggregate(ASSIGNMENT).publishes(bakerAssigned(HANA))
                    .expectNoDispatchedCommands();
        }

        @Test
        void a_late_acceptance_after_the_cancellation_is_ignored() {
            given(placed(), cancellationRequested(REQUESTED))
                    .whenAggregate(RESERVATION).publishes(accepted())
                    .expectNoDispatchedCommands();
        }

        @Test
        void a_confirmation_that_arrives_after_the_cancellation_is_ignored() {
            given(placed(), stockReserved(), accepted(), bakerAssigned(HANA), cancellationRequested(ACCEPTED))
                    .whenAggregate(RESERVATION).publishes(confirmed(HANA))
                    .expectNoDispatchedCommands();
        }
    }

    @Nested
    class At_the_counter {

        @Test
        void loaves_marked_ready_ask_this_saga_for_nothing() {
            given(confirmedReservation())
                    .whenAggregate(RESERVATION).publishes(ready())
                    .expectNoDispatchedCommands()
                    .expectActiveSagas(1)
                    .expectNoScheduledDeadlines();
        }

        @Test
        void a_ready_reservation_canceled_puts_its_loaves_back_on_sale_as_a_confirmed_one_does() {
            given(confirmedReservation(), ready())
                    .whenAggregate(RESERVATION).publishes(cancellationRequested(READY))
                    .expectDispatchedCommands(new ReleaseStockCommand(BREAD, RESERVATION))
                    .expectScheduledDeadlineWithName(INITIAL, RETRY_DEADLINE);
        }

        @Test
        void a_ready_reservation_picked_up_ends_the_saga() {
            given(confirmedReservation(), ready())
                    .whenAggregate(RESERVATION).publishes(pickedUp())
                    .expectActiveSagas(0)
                    .expectNoDispatchedCommands();
        }

        @Test
        void a_no_show_first_puts_its_loaves_back() {
            given(confirmedReservation(), ready())
                    .whenAggregate(RESERVATION).publishes(expired())
                    .expectDispatchedCommands(new ReleaseStockCommand(BREAD, RESERVATION))
                    .expectScheduledDeadlineWithName(INITIAL, RETRY_DEADLINE)
                    .expectActiveSagas(1);
        }

        @Test
        void then_takes_the_baker_off_it() {
            given(confirmedReservation(), ready(), expired())
                    .whenAggregate(BREAD).publishes(stockReleased())
                    .expectDispatchedCommands(new DeleteAssignmentCommand(RESERVATION));
        }

        @Test
        void and_ends_without_a_cancellation_to_complete_leaving_no_deadline() {
            given(confirmedReservation(), ready(), expired(), stockReleased())
                    .whenAggregate(ASSIGNMENT).publishes(assignmentDeleted(HANA))
                    .expectNoDispatchedCommands()
                    .expectActiveSagas(0)
                    .expectNoScheduledDeadlines();
        }

        @Test
        void a_no_show_release_left_unanswered_is_asked_for_again() throws Exception {
            given(confirmedReservation(), ready(), expired())
                    .whenTimeElapses(INITIAL)
                    .expectDispatchedCommands(new ReleaseStockCommand(BREAD, RESERVATION));
        }

        @Test
        void a_no_show_delivered_twice_releases_the_stock_only_once() {
            given(confirmedReservation(), ready(), expired())
                    .whenAggregate(RESERVATION).publishes(expired())
                    .expectNoDispatchedCommands();
        }
    }

    @Nested
    class A_duplicate_event {

        @Test
        void reservation_placed_twice_keeps_one_saga_and_one_window() {
            given(placed())
                    .whenAggregate(RESERVATION).publishes(placed())
                    .expectActiveSagas(1)
                    .expectNoDispatchedCommands()
                    .expectScheduledDeadlineWithName(WINDOW, RETRY_DEADLINE);
        }

        @Test
        void reservation_accepted_twice_asks_for_a_baker_only_once() {
            given(placed(), accepted())
                    .whenAggregate(RESERVATION).publishes(accepted())
                    .expectNoDispatchedCommands();
        }

        @Test
        void baker_assigned_twice_confirms_only_once() {
            given(placed(), accepted(), bakerAssigned(HANA))
                    .whenAggregate(ASSIGNMENT).publishes(bakerAssigned(HANA))
                    .expectNoDispatchedCommands();
        }

        @Test
        void a_retried_confirmation_still_names_the_first_baker() throws Exception {
            given(placed(), accepted(), bakerAssigned(HANA))
                    .whenTimeElapses(WINDOW)
                    .expectDispatchedCommands(new ConfirmReservationCommand(RESERVATION, HANA));
        }

        @Test
        void cancellation_requested_twice_releases_the_stock_only_once() {
            given(confirmedReservation(), cancellationRequested(CONFIRMED))
                    .whenAggregate(RESERVATION).publishes(cancellationRequested(CONFIRMED))
                    .expectNoDispatchedCommands();
        }

        @Test
        void stock_released_twice_deletes_the_assignment_only_once() {
            given(confirmedReservation(), cancellationRequested(CONFIRMED), stockReleased())
                    .whenAggregate(BREAD).publishes(stockReleased())
                    .expectNoDispatchedCommands();
        }

        @Test
        void assignment_deleted_twice_completes_the_cancellation_only_once() {
            given(confirmedReservation(), cancellationRequested(CONFIRMED), stockReleased(), assignmentDeleted(HANA))
                    .whenAggregate(ASSIGNMENT).publishes(assignmentDeleted(HANA))
                    .expectNoDispatchedCommands();
        }
    }

    @Nested
    class An_unanswered_step {

        @Test
        void asks_for_a_baker_again_when_the_deadline_armed_at_placement_fires() throws Exception {
            given(placed(), accepted())
                    .whenTimeElapses(WINDOW)
                    .expectDispatchedCommands(new AssignBakerCommand(RESERVATION, BREAD, LOAVES))
                    .expectScheduledDeadlineWithName(INITIAL.multipliedBy(2), RETRY_DEADLINE);
        }

        @Test
        void backs_off_10_20_40_then_80_seconds_and_stays_at_the_cap() throws Exception {
            given(placed()).andThenTimeElapses(WINDOW)
                    .andThenTimeElapses(INITIAL)
                    .andThenTimeElapses(INITIAL.multipliedBy(2))
                    .andThenTimeElapses(INITIAL.multipliedBy(4))
                    .whenTimeElapses(MAX)
                    .expectDispatchedCommands(new FlagReservationCommand(RESERVATION, "ABANDONING", 150),
                            new AbandonReservationCommand(RESERVATION))
                    .expectScheduledDeadlineWithName(MAX, RETRY_DEADLINE);
        }

        @Test
        void a_step_answered_after_retries_gives_the_next_step_a_fresh_back_off() throws Exception {
            given(placed(), accepted()).andThenTimeElapses(WINDOW)
                    .whenAggregate(ASSIGNMENT).publishes(bakerAssigned(HANA))
                    .expectDispatchedCommands(new ConfirmReservationCommand(RESERVATION, HANA))
                    .expectScheduledDeadlineWithName(INITIAL, RETRY_DEADLINE);
        }

        @Test
        void asks_for_the_stock_release_again() throws Exception {
            given(confirmedReservation(), cancellationRequested(CONFIRMED))
                    .whenTimeElapses(INITIAL)
                    .expectDispatchedCommands(new ReleaseStockCommand(BREAD, RESERVATION));
        }

        @Test
        void asks_for_the_assignment_deletion_again() throws Exception {
            given(confirmedReservation(), cancellationRequested(CONFIRMED), stockReleased())
                    .whenTimeElapses(INITIAL)
                    .expectDispatchedCommands(new DeleteAssignmentCommand(RESERVATION));
        }

        @Test
        void asks_for_the_cancellation_to_be_completed_again() throws Exception {
            given(confirmedReservation(), cancellationRequested(CONFIRMED), stockReleased(), assignmentDeleted(HANA))
                    .whenTimeElapses(INITIAL)
                    .expectDispatchedCommands(new CompleteCancellationCommand(RESERVATION));
        }
    }

    @Nested
    class A_step_left_unanswered_for_flag_after {

        /** 10 + 20 + 40 s waited after the first try of the cancellation's release: the fourth retry flags. */
        private ContinuedGivenState releaseUnansweredThreeTimes() throws Exception {
            return given(confirmedReservation(), cancellationRequested(CONFIRMED))
                    .andThenTimeElapses(INITIAL)
                    .andThenTimeElapses(INITIAL.multipliedBy(2))
                    .andThenTimeElapses(INITIAL.multipliedBy(4));
        }

        @Test
        void flags_the_reservation_for_staff_and_asks_again() throws Exception {
            given(confirmedReservation(), cancellationRequested(CONFIRMED))
                    .andThenTimeElapses(INITIAL)
                    .andThenTimeElapses(INITIAL.multipliedBy(2))
                    .whenTimeElapses(INITIAL.multipliedBy(4))
                    .expectDispatchedCommands(new FlagReservationCommand(RESERVATION, "RELEASING_STOCK", 70),
                            new ReleaseStockCommand(BREAD, RESERVATION));
        }

        @Test
        void is_cleared_as_soon_as_the_step_is_answered() throws Exception {
            releaseUnansweredThreeTimes()
                    .whenAggregate(BREAD).publishes(stockReleased())
                    .expectDispatchedCommands(new ClearReservationFlagCommand(RESERVATION),
                            new DeleteAssignmentCommand(RESERVATION));
        }

        @Test
        void stays_flagged_when_the_reservation_records_the_flag() throws Exception {
            releaseUnansweredThreeTimes()
                    .whenAggregate(RESERVATION).publishes(flagged("RELEASING_STOCK", 70))
                    .expectNoDispatchedCommands();
        }

        @Test
        void a_flag_that_overtook_the_answer_to_its_step_is_cleared_again() throws Exception {
            releaseUnansweredThreeTimes().andThenAggregate(BREAD).published(stockReleased())
                    .whenAggregate(RESERVATION).publishes(flagged("RELEASING_STOCK", 70))
                    .expectDispatchedCommands(new ClearReservationFlagCommand(RESERVATION));
        }

        @Test
        void is_cleared_when_the_saga_ends_on_it() throws Exception {
            releaseUnansweredThreeTimes()
                    .andThenAggregate(BREAD).published(stockReleased())
                    .andThenAggregate(ASSIGNMENT).published(assignmentDeleted(HANA))
                    .whenAggregate(RESERVATION).publishes(canceled())
                    .expectActiveSagas(0);
        }
    }

    // ---------------------------------------------------------------- the story so far

    /** The events of a reservation that reached breadSucceed with {@link #HANA} baking it. */
    private static Object[] confirmedReservation() {
        return new Object[]{placed(), stockReserved(), accepted(), bakerAssigned(HANA), confirmed(HANA)};
    }

    private static StockReleasedEvent nothingReleased() {
        return new StockReleasedEvent(BREAD, RESERVATION, 0, 8);
    }

    /** Publishes each event, in order, on the aggregate that emits it; nested arrays are flattened. */
    private ContinuedGivenState given(Object... events) {
        ContinuedGivenState state = null;
        for (Object event : flatten(events)) {
            String aggregate = emitterOf(event);
            state = state == null
                    ? fixture.givenAggregate(aggregate).published(event)
                    : state.andThenAggregate(aggregate).published(event);
        }
        if (state == null) {
            throw new IllegalArgumentException("given what?");
        }
        return state;
    }

    private static java.util.List<Object> flatten(Object[] events) {
        java.util.List<Object> flat = new java.util.ArrayList<>();
        for (Object event : events) {
            if (event instanceof Object[] story) {
                flat.addAll(flatten(story));
            } else {
                flat.add(event);
            }
        }
        return flat;
    }

    private static String emitterOf(Object event) {
        String pkg = event.getClass().getPackageName();
        if (pkg.endsWith(".stock")) {
            return BREAD;
        }
        if (pkg.endsWith(".assignment")) {
            return ASSIGNMENT;
        }
        return RESERVATION;
    }

    // ---------------------------------------------------------------- the events

    private static ReservationPlacedEvent placed() {
        return new ReservationPlacedEvent(RESERVATION, BREAD, LOAVES, "hash-of-the-cancel-secret");
    }

    private static StockReservedEvent stockReserved() {
        return new StockReservedEvent(BREAD, RESERVATION, LOAVES, 8);
    }

    private static StockSoldOutEvent stockSoldOut() {
        return new StockSoldOutEvent(BREAD, RESERVATION, LOAVES, 1);
    }

    private static ReservationSoldOutEvent reservationSoldOut() {
        return new ReservationSoldOutEvent(RESERVATION, BREAD, LOAVES);
    }

    private static StockCheckedSoldOutEvent stockCheckedSoldOut() {
        return new StockCheckedSoldOutEvent(BREAD, RESERVATION, LOAVES, 0);
    }

    private static SoldOutReservationRecordedEvent bornSoldOut() {
        return new SoldOutReservationRecordedEvent(RESERVATION, BREAD, LOAVES);
    }

    private static ReservationAcceptedEvent accepted() {
        return new ReservationAcceptedEvent(RESERVATION, BREAD, LOAVES, "AA23");
    }

    private static BakerAssignedEvent bakerAssigned(String baker) {
        return new BakerAssignedEvent(RESERVATION, BREAD, LOAVES, baker);
    }

    private static ReservationConfirmedEvent confirmed(String baker) {
        return new ReservationConfirmedEvent(RESERVATION, BREAD, baker);
    }

    private static ReservationCancellationRequestedEvent cancellationRequested(ReservationStatus previous) {
        return new ReservationCancellationRequestedEvent(RESERVATION, BREAD, LOAVES, previous);
    }

    private static StockReleasedEvent stockReleased() {
        return new StockReleasedEvent(BREAD, RESERVATION, LOAVES, 10);
    }

    private static AssignmentDeletedEvent assignmentDeleted(String baker) {
        return new AssignmentDeletedEvent(RESERVATION, baker);
    }

    private static ReservationCanceledEvent canceled() {
        return new ReservationCanceledEvent(RESERVATION, BREAD, LOAVES);
    }

    private static ReservationFlaggedEvent flagged(String step, long waitedSeconds) {
        return new ReservationFlaggedEvent(RESERVATION, BREAD, step, waitedSeconds);
    }

    private static ReservationReadyEvent ready() {
        return new ReservationReadyEvent(RESERVATION, BREAD, "AA23", Instant.parse("2026-12-07T12:00:00Z"));
    }

    private static ReservationExpiredEvent expired() {
        return new ReservationExpiredEvent(RESERVATION, BREAD, LOAVES, "AA23");
    }

    private static ReservationPickedUpEvent pickedUp() {
        return new ReservationPickedUpEvent(RESERVATION, BREAD);
    }
}
