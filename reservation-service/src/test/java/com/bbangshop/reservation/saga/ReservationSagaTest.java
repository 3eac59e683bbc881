package com.bbangshop.reservation.saga;

import com.bbangshop.api.assignment.AssignBakerCommand;
import com.bbangshop.api.assignment.AssignmentDeletedEvent;
import com.bbangshop.api.assignment.AssignmentId;
import com.bbangshop.api.assignment.BakerAssignedEvent;
import com.bbangshop.api.assignment.DeleteAssignmentCommand;
import com.bbangshop.api.reservation.AcceptReservationCommand;
import com.bbangshop.api.reservation.ClearReservationFlagCommand;
import com.bbangshop.api.reservation.CompleteCancellationCommand;
import com.bbangshop.api.reservation.ConfirmReservationCommand;
import com.bbangshop.api.reservation.FlagReservationCommand;
import com.bbangshop.api.reservation.RejectSoldOutReservationCommand;
import com.bbangshop.api.reservation.ReservationAcceptedEvent;
import com.bbangshop.api.reservation.ReservationCanceledEvent;
import com.bbangshop.api.reservation.ReservationCancellationRequestedEvent;
import com.bbangshop.api.reservation.ReservationConfirmedEvent;
import com.bbangshop.api.reservation.ReservationFlaggedEvent;
import com.bbangshop.api.reservation.ReservationPickedUpEvent;
import com.bbangshop.api.reservation.ReservationPlacedEvent;
import com.bbangshop.api.reservation.ReservationSoldOutEvent;
import com.bbangshop.api.reservation.ReservationStatus;
import com.bbangshop.api.reservation.SoldOutReservationRecordedEvent;
import com.bbangshop.api.stock.ReleaseStockCommand;
import com.bbangshop.api.stock.ReserveStockCommand;
import com.bbangshop.api.stock.StockCheckedSoldOutEvent;
import com.bbangshop.api.stock.StockReleasedEvent;
import com.bbangshop.api.stock.StockReservedEvent;
import com.bbangshop.api.stock.StockSoldOutEvent;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.modelling.saga.metamodel.AnnotationSagaMetaModelFactory;
import org.axonframework.modelling.saga.metamodel.SagaModel;
import org.axonframework.test.saga.ContinuedGivenState;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.bbangshop.reservation.saga.ReservationSaga.RETRY_DEADLINE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every path of {@link ReservationSaga}, told as sentences: given what has happened to one reservation, when one more
 * thing happens, then the saga asks for exactly this (or nothing).
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

    private static final Duration INITIAL = Duration.ofSeconds(10);
    private static final Duration MAX = Duration.ofSeconds(80);
    private static final Duration FLAG_AFTER = Duration.ofSeconds(70);

    private SagaTestFixture<ReservationSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(ReservationSaga.class);
        // CommandGateway (DefaultCommandGateway over the RecordingCommandBus) and DeadlineManager
        // (StubDeadlineManager) are resources the fixture registers itself; only the retry policy is ours.
        fixture.registerResource(new StepRetryPolicy(INITIAL, MAX, FLAG_AFTER));
    }

    // ---------------------------------------------------------------- 1. happy path

    @Nested
    class The_happy_path {

        @Test
        void a_placed_reservation_starts_one_saga_that_leaves_the_first_stock_request_to_the_customers_request() {
            fixture.givenNoPriorActivity()
                    .whenAggregate(RESERVATION).publishes(placed())
                    .expectSuccessfulHandlerExecution()
                    .expectActiveSagas(1)
                    .expectAssociationWith("reservationId", RESERVATION)
                    .expectNoDispatchedCommands()
                    .expectScheduledDeadlineWithName(INITIAL, RETRY_DEADLINE);
        }

        @Test
        void held_loaves_are_accepted_by_the_customers_request_that_asked_for_them_not_by_the_saga() {
            given(placed())
                    .whenAggregate(BREAD).publishes(stockReserved())
                    .expectNoDispatchedCommands()
                    .expectScheduledDeadlineWithName(INITIAL, RETRY_DEADLINE)
                    .expectActiveSagas(1);
        }

        @Test
        void held_loaves_the_saga_had_to_ask_for_itself_make_the_saga_accept_the_reservation() throws Exception {
            given(placed())
                    .andThenTimeElapses(INITIAL)
                    .whenAggregate(BREAD).publishes(stockReserved())
                    .expectDispatchedCommands(new AcceptReservationCommand(RESERVATION))
                    .expectScheduledDeadlineWithName(INITIAL, RETRY_DEADLINE);
        }

        @Test
        void the_request_that_accepted_assigns_the_baker_itself_so_the_saga_only_keeps_its_retry() {
            given(placed(), stockReserved())
                    .whenAggregate(RESERVATION).publishes(accepted())
                    .expectNoDispatchedCommands()
                    .expectScheduledDeadlineWithName(INITIAL, RETRY_DEADLINE)
                    .expectActiveSagas(1);
        }

        @Test
        void and_confirms_with_the_baker_itself_too() {
            given(placed(), stockReserved(), accepted())
                    .whenAggregate(ASSIGNMENT).publishes(bakerAssigned(HANA))
                    .expectNoDispatchedCommands()
                    .expectScheduledDeadlineWithName(INITIAL, RETRY_DEADLINE);
        }

        @Test
        void a_request_that_stopped_before_the_baker_has_the_saga_ask_for_one_when_the_retry_fires() throws Exception {
            given(placed(), stockReserved(), accepted())
                    .whenTimeElapses(INITIAL)
                    .expectDispatchedCommands(new AssignBakerCommand(RESERVATION, BREAD, LOAVES))
                    .expectScheduledDeadlineWithName(INITIAL.multipliedBy(2), RETRY_DEADLINE);
        }

        @Test
        void a_request_that_stopped_before_confirming_has_the_saga_confirm_with_the_baker_the_bakery_picked()
                throws Exception {
            given(placed(), stockReserved(), accepted(), bakerAssigned(HANA))
                    .whenTimeElapses(INITIAL)
                    .expectDispatchedCommands(new ConfirmReservationCommand(RESERVATION, HANA));
        }

        @Test
        void a_reservation_the_saga_accepted_itself_makes_the_saga_ask_for_a_baker() throws Exception {
            givenTheSagaAskedForTheStock()
                    .whenAggregate(RESERVATION).publishes(accepted())
                    .expectDispatchedCommands(new AssignBakerCommand(RESERVATION, BREAD, LOAVES))
                    .expectActiveSagas(1);
        }

        @Test
        void and_then_confirm_with_the_baker_the_bakery_picked() throws Exception {
            givenTheSagaAskedForTheStock()
                    .andThenAggregate(RESERVATION).published(accepted())
                    .whenAggregate(ASSIGNMENT).publishes(bakerAssigned(HANA))
                    .expectDispatchedCommands(new ConfirmReservationCommand(RESERVATION, HANA))
                    .expectActiveSagas(1);
        }

        @Test
        void a_confirmed_reservation_asks_for_nothing_more_but_the_saga_stays_for_pickup_or_cancellation() {
            given(placed(), stockReserved(), accepted(), bakerAssigned(HANA))
                    .whenAggregate(RESERVATION).publishes(confirmed(HANA))
                    .expectSuccessfulHandlerExecution()
                    .expectNoDispatchedCommands()
                    .expectActiveSagas(1)
                    .expectNoScheduledDeadlines();
        }

        @Test
        void each_step_that_waits_for_an_answer_has_a_retry_armed_after_the_initial_delay() {
            given(placed(), stockReserved(), accepted())
                    .whenAggregate(ASSIGNMENT).publishes(bakerAssigned(HANA))
                    .expectScheduledDeadlineWithName(INITIAL, RETRY_DEADLINE);
        }
    }

    // ---------------------------------------------------------------- 2. sold out

    @Nested
    class A_sold_out_bread {

        @Test
        void is_recorded_by_the_customers_request_that_asked_for_the_stock_not_by_the_saga() {
            given(placed())
                    .whenAggregate(BREAD).publishes(stockSoldOut())
                    .expectNoDispatchedCommands()
                    .expectScheduledDeadlineWithName(INITIAL, RETRY_DEADLINE)
                    .expectActiveSagas(1);
        }

        @Test
        void makes_the_saga_reject_the_reservation_when_the_saga_had_to_ask_for_the_stock_itself() throws Exception {
            given(placed())
                    .andThenTimeElapses(INITIAL)
                    .whenAggregate(BREAD).publishes(stockSoldOut())
                    .expectDispatchedCommands(new RejectSoldOutReservationCommand(RESERVATION))
                    .expectActiveSagas(1);
        }

        @Test
        void ends_the_saga_once_the_reservation_records_it_and_leaves_no_retry_behind() {
            given(placed(), stockSoldOut())
                    .whenAggregate(RESERVATION).publishes(reservationSoldOut())
                    .expectSuccessfulHandlerExecution()
                    .expectNoDispatchedCommands()
                    .expectActiveSagas(0)
                    .expectNoScheduledDeadlines();
        }

        @Test
        void found_before_the_reservation_was_placed_starts_no_saga() {
            fixture.givenNoPriorActivity()
                    .whenAggregate(BREAD).publishes(stockCheckedSoldOut())
                    .expectSuccessfulHandlerExecution()
                    .expectActiveSagas(0)
                    .expectNoDispatchedCommands()
                    .expectNoScheduledDeadlines();
        }

        @Test
        void a_reservation_born_sold_out_starts_no_saga_either() {
            fixture.givenAggregate(BREAD).published(stockCheckedSoldOut())
                    .whenAggregate(RESERVATION).publishes(bornSoldOut())
                    .expectSuccessfulHandlerExecution()
                    .expectActiveSagas(0)
                    .expectNoDispatchedCommands()
                    .expectNoScheduledDeadlines();
        }

        @Test
        void is_not_even_looked_at_by_the_saga_when_found_before_placing() {
            // no handler: the saga's processor passes these by without looking for a saga in the store
            SagaModel<ReservationSaga> saga = new AnnotationSagaMetaModelFactory().modelOf(ReservationSaga.class);
            assertThat(saga.hasHandlerMethod(GenericEventMessage.asEventMessage(stockCheckedSoldOut()))).isFalse();
            assertThat(saga.hasHandlerMethod(GenericEventMessage.asEventMessage(bornSoldOut()))).isFalse();
            assertThat(saga.hasHandlerMethod(GenericEventMessage.asEventMessage(stockSoldOut()))).isTrue();
        }

        @Test
        void after_a_retry_still_ends_the_saga_with_no_retry_behind() throws Exception {
            given(placed(), stockSoldOut())
                    .andThenTimeElapses(INITIAL)
                    .whenAggregate(RESERVATION).publishes(reservationSoldOut())
                    .expectActiveSagas(0)
                    .expectNoScheduledDeadlines();
        }
    }

    // ---------------------------------------------------------------- 3. cancel after confirm

    @Nested
    class Canceling_a_confirmed_reservation {

        @Test
        void first_puts_the_loaves_back_on_sale() {
            given(confirmedReservation())
                    .whenAggregate(RESERVATION).publishes(cancellationRequested(ReservationStatus.CONFIRMED))
                    .expectDispatchedCommands(new ReleaseStockCommand(BREAD, RESERVATION))
                    .expectActiveSagas(1)
                    .expectScheduledDeadlineWithName(INITIAL, RETRY_DEADLINE);
        }

        @Test
        void then_takes_the_baker_off_the_reservation() {
            given(confirmedReservation(), cancellationRequested(ReservationStatus.CONFIRMED))
                    .whenAggregate(BREAD).publishes(stockReleased())
                    .expectDispatchedCommands(new DeleteAssignmentCommand(RESERVATION));
        }

        @Test
        void then_asks_the_reservation_to_record_the_cancellation() {
            given(confirmedReservation(), cancellationRequested(ReservationStatus.CONFIRMED), stockReleased())
                    .whenAggregate(ASSIGNMENT).publishes(assignmentDeleted(HANA))
                    .expectDispatchedCommands(new CompleteCancellationCommand(RESERVATION));
        }

        @Test
        void ends_the_saga_once_the_reservation_is_canceled_and_leaves_no_retry_behind() {
            given(confirmedReservation(), cancellationRequested(ReservationStatus.CONFIRMED), stockReleased(),
                    assignmentDeleted(HANA))
                    .whenAggregate(RESERVATION).publishes(canceled())
                    .expectSuccessfulHandlerExecution()
                    .expectNoDispatchedCommands()
                    .expectActiveSagas(0)
                    .expectNoScheduledDeadlines();
        }

        @Test
        void ignores_a_confirmation_that_arrives_after_the_cancellation() {
            given(placed(), stockReserved(), accepted(), bakerAssigned(HANA),
                    cancellationRequested(ReservationStatus.ACCEPTED))
                    .whenAggregate(RESERVATION).publishes(confirmed(HANA))
                    .expectNoDispatchedCommands()
                    .expectActiveSagas(1);
        }

        @Test
        void while_the_confirmation_is_in_flight_releases_the_stock() {
            given(placed(), stockReserved(), accepted(), bakerAssigned(HANA))
                    .whenAggregate(RESERVATION).publishes(cancellationRequested(ReservationStatus.ACCEPTED))
                    .expectDispatchedCommands(new ReleaseStockCommand(BREAD, RESERVATION));
        }
    }

    // ---------------------------------------------------------------- 4. cancel while the stock decision is open

    @Nested
    class Canceling_while_the_stock_decision_is_still_open {

        @Test
        void asks_for_the_stock_again_to_learn_what_the_bakery_decided() {
            given(placed())
                    .whenAggregate(RESERVATION).publishes(cancellationRequested(ReservationStatus.REQUESTED))
                    .expectDispatchedCommands(new ReserveStockCommand(BREAD, RESERVATION, LOAVES))
                    .expectActiveSagas(1);
        }

        @Test
        void releases_the_loaves_instead_of_accepting_when_the_bakery_had_held_them() {
            given(placed(), cancellationRequested(ReservationStatus.REQUESTED))
                    .whenAggregate(BREAD).publishes(stockReserved())
                    .expectDispatchedCommands(new ReleaseStockCommand(BREAD, RESERVATION));
        }

        @Test
        void then_walks_the_usual_cancellation_to_its_end() {
            given(placed(), cancellationRequested(ReservationStatus.REQUESTED), stockReserved(), stockReleased())
                    .whenAggregate(ASSIGNMENT).publishes(assignmentDeleted(null))
                    .expectDispatchedCommands(new CompleteCancellationCommand(RESERVATION));
        }

        @Test
        void goes_straight_to_completing_the_cancellation_when_the_bread_was_sold_out() {
            given(placed(), cancellationRequested(ReservationStatus.REQUESTED))
                    .whenAggregate(BREAD).publishes(stockSoldOut())
                    .expectDispatchedCommands(new CompleteCancellationCommand(RESERVATION));
        }

        @Test
        void and_sold_out_ends_the_saga_once_the_reservation_is_canceled() {
            given(placed(), cancellationRequested(ReservationStatus.REQUESTED), stockSoldOut())
                    .whenAggregate(RESERVATION).publishes(canceled())
                    .expectActiveSagas(0)
                    .expectNoScheduledDeadlines();
        }

        @Test
        void while_the_sold_out_rejection_is_in_flight_completes_the_cancellation_instead() {
            given(placed(), stockSoldOut())
                    .whenAggregate(RESERVATION).publishes(cancellationRequested(ReservationStatus.REQUESTED))
                    .expectDispatchedCommands(new CompleteCancellationCommand(RESERVATION));
        }
    }

    // ---------------------------------------------------------------- 5. cancel while accept is in flight

    @Nested
    class Canceling_while_the_acceptance_is_in_flight {

        @Test
        void releases_the_loaves_the_bakery_already_held() {
            given(placed(), stockReserved())
                    .whenAggregate(RESERVATION).publishes(cancellationRequested(ReservationStatus.REQUESTED))
                    .expectDispatchedCommands(new ReleaseStockCommand(BREAD, RESERVATION));
        }

        @Test
        void ignores_a_late_acceptance() {
            given(placed(), stockReserved(), cancellationRequested(ReservationStatus.REQUESTED))
                    .whenAggregate(RESERVATION).publishes(accepted())
                    .expectSuccessfulHandlerExecution()
                    .expectNoDispatchedCommands()
                    .expectActiveSagas(1);
        }

        @Test
        void ignores_a_late_acceptance_even_after_the_loaves_are_back_on_sale() {
            given(placed(), stockReserved(), cancellationRequested(ReservationStatus.REQUESTED), stockReleased())
                    .whenAggregate(RESERVATION).publishes(accepted())
                    .expectNoDispatchedCommands();
        }
    }

    // ---------------------------------------------------------------- 6. duplicates

    @Nested
    class A_duplicate_event {

        @Test
        void reservation_placed_twice_keeps_one_saga_and_one_stock_request() {
            given(placed())
                    .whenAggregate(RESERVATION).publishes(placed())
                    .expectSuccessfulHandlerExecution()
                    .expectNoDispatchedCommands()
                    .expectActiveSagas(1);
        }

        @Test
        void stock_reserved_twice_accepts_only_once() {
            given(placed(), stockReserved())
                    .whenAggregate(BREAD).publishes(stockReserved())
                    .expectNoDispatchedCommands();
        }

        @Test
        void stock_sold_out_twice_rejects_only_once() {
            given(placed(), stockSoldOut())
                    .whenAggregate(BREAD).publishes(stockSoldOut())
                    .expectNoDispatchedCommands();
        }

        @Test
        void reservation_accepted_twice_asks_for_a_baker_only_once() {
            given(placed(), stockReserved(), accepted())
                    .whenAggregate(RESERVATION).publishes(accepted())
                    .expectNoDispatchedCommands();
        }

        @Test
        void baker_assigned_twice_confirms_only_once() {
            given(placed(), stockReserved(), accepted(), bakerAssigned(HANA))
                    .whenAggregate(ASSIGNMENT).publishes(bakerAssigned(HANA))
                    .expectNoDispatchedCommands();
        }

        @Test
        void baker_assigned_again_with_another_baker_does_not_confirm_that_other_baker() {
            given(placed(), stockReserved(), accepted(), bakerAssigned(HANA))
                    .whenAggregate(ASSIGNMENT).publishes(bakerAssigned("Minji"))
                    .expectNoDispatchedCommands();
        }

        @Test
        void a_retried_confirmation_still_names_the_first_baker() throws Exception {
            given(placed(), stockReserved(), accepted(), bakerAssigned(HANA))
                    .andThenAggregate(ASSIGNMENT).published(bakerAssigned("Minji"))
                    .whenTimeElapses(INITIAL)
                    .expectDispatchedCommands(new ConfirmReservationCommand(RESERVATION, HANA));
        }

        @Test
        void baker_assigned_after_confirmation_asks_for_nothing() {
            given(confirmedReservation())
                    .whenAggregate(ASSIGNMENT).publishes(bakerAssigned(HANA))
                    .expectNoDispatchedCommands()
                    .expectNoScheduledDeadlines();
        }

        @Test
        void reservation_confirmed_twice_asks_for_nothing() {
            given(confirmedReservation())
                    .whenAggregate(RESERVATION).publishes(confirmed(HANA))
                    .expectNoDispatchedCommands()
                    .expectNoScheduledDeadlines();
        }

        @Test
        void cancellation_requested_twice_releases_the_stock_only_once() {
            given(confirmedReservation(), cancellationRequested(ReservationStatus.CONFIRMED))
                    .whenAggregate(RESERVATION).publishes(cancellationRequested(ReservationStatus.CONFIRMED))
                    .expectNoDispatchedCommands();
        }

        @Test
        void cancellation_requested_twice_while_the_stock_decision_is_open_asks_for_the_stock_only_once() {
            given(placed(), cancellationRequested(ReservationStatus.REQUESTED))
                    .whenAggregate(RESERVATION).publishes(cancellationRequested(ReservationStatus.REQUESTED))
                    .expectNoDispatchedCommands();
        }

        @Test
        void cancellation_requested_again_while_completing_asks_for_nothing() {
            given(confirmedReservation(), cancellationRequested(ReservationStatus.CONFIRMED), stockReleased(),
                    assignmentDeleted(HANA))
                    .whenAggregate(RESERVATION).publishes(cancellationRequested(ReservationStatus.CONFIRMED))
                    .expectNoDispatchedCommands();
        }

        @Test
        void stock_released_twice_deletes_the_assignment_only_once() {
            given(confirmedReservation(), cancellationRequested(ReservationStatus.CONFIRMED), stockReleased())
                    .whenAggregate(BREAD).publishes(stockReleased())
                    .expectNoDispatchedCommands();
        }

        @Test
        void assignment_deleted_twice_completes_the_cancellation_only_once() {
            given(confirmedReservation(), cancellationRequested(ReservationStatus.CONFIRMED), stockReleased(),
                    assignmentDeleted(HANA))
                    .whenAggregate(ASSIGNMENT).publishes(assignmentDeleted(HANA))
                    .expectNoDispatchedCommands();
        }

        @Test
        void stock_reserved_after_it_was_sold_out_is_ignored() {
            given(placed(), stockSoldOut())
                    .whenAggregate(BREAD).publishes(stockReserved())
                    .expectNoDispatchedCommands();
        }
    }

    // ---------------------------------------------------------------- 7. retries

    @Nested
    class An_unanswered_step {

        @Test
        void asks_for_a_baker_again_after_the_initial_delay() throws Exception {
            given(placed(), stockReserved(), accepted())
                    .whenTimeElapses(INITIAL)
                    .expectDispatchedCommands(new AssignBakerCommand(RESERVATION, BREAD, LOAVES))
                    .expectTriggeredDeadlinesWithName(RETRY_DEADLINE)
                    .expectScheduledDeadlineWithName(INITIAL.multipliedBy(2), RETRY_DEADLINE);
        }

        @Test
        void is_not_asked_again_before_the_initial_delay() {
            given(placed(), stockReserved(), accepted())
                    .whenTimeElapses(INITIAL.minusSeconds(1))
                    .expectNoDispatchedCommands()
                    .expectTriggeredDeadlinesWithName();
        }

        @Test
        void waits_twice_as_long_before_asking_a_second_time() throws Exception {
            given(placed(), stockReserved(), accepted())
                    .andThenTimeElapses(INITIAL)
                    .whenTimeElapses(Duration.ofSeconds(19))
                    .expectNoDispatchedCommands();
        }

        @Test
        void asks_for_a_baker_a_second_time_after_the_doubled_delay() throws Exception {
            given(placed(), stockReserved(), accepted())
                    .andThenTimeElapses(INITIAL)
                    .whenTimeElapses(Duration.ofSeconds(20))
                    .expectDispatchedCommands(new AssignBakerCommand(RESERVATION, BREAD, LOAVES))
                    .expectScheduledDeadlineWithName(Duration.ofSeconds(40), RETRY_DEADLINE);
        }

        @Test
        void is_confirmed_with_the_baker_who_finally_answers() throws Exception {
            given(placed(), stockReserved(), accepted())
                    .andThenTimeElapses(INITIAL)
                    .andThenTimeElapses(Duration.ofSeconds(20))
                    .whenAggregate(ASSIGNMENT).publishes(bakerAssigned(HANA))
                    .expectDispatchedCommands(new ConfirmReservationCommand(RESERVATION, HANA));
        }

        @Test
        void that_is_finally_answered_gives_the_next_step_a_fresh_back_off() throws Exception {
            given(placed(), stockReserved(), accepted())
                    .andThenTimeElapses(INITIAL)
                    .andThenTimeElapses(Duration.ofSeconds(20))
                    .whenAggregate(ASSIGNMENT).publishes(bakerAssigned(HANA))
                    .expectScheduledDeadlineWithName(INITIAL, RETRY_DEADLINE)
                    .expectNoScheduledDeadlineWithName(Duration.ofSeconds(40), RETRY_DEADLINE);
        }

        @Test
        void asks_for_the_stock_when_the_customers_request_got_no_answer_within_the_initial_delay() {
            given(placed())
                    .whenTimeElapses(INITIAL)
                    .expectDispatchedCommands(new ReserveStockCommand(BREAD, RESERVATION, LOAVES));
        }

        @Test
        void backs_off_10_20_40_then_80_seconds_and_stays_at_the_cap() throws Exception {
            // deadlines fire at +10, +30, +70, +150, +230: five asks after the first in 230 seconds, flagged from +70
            given(placed())
                    .whenTimeElapses(Duration.ofSeconds(230))
                    .expectDispatchedCommands(
                            new ReserveStockCommand(BREAD, RESERVATION, LOAVES),
                            new ReserveStockCommand(BREAD, RESERVATION, LOAVES),
                            new FlagReservationCommand(RESERVATION, "RESERVING_STOCK", 70),
                            new ReserveStockCommand(BREAD, RESERVATION, LOAVES),
                            new FlagReservationCommand(RESERVATION, "RESERVING_STOCK", 150),
                            new ReserveStockCommand(BREAD, RESERVATION, LOAVES),
                            new FlagReservationCommand(RESERVATION, "RESERVING_STOCK", 230),
                            new ReserveStockCommand(BREAD, RESERVATION, LOAVES))
                    .expectScheduledDeadlineWithName(MAX, RETRY_DEADLINE);
        }

        @Test
        void keeps_asking_after_it_is_flagged_as_stuck() throws Exception {
            given(placed())
                    .andThenTimeElapses(Duration.ofSeconds(10))
                    .andThenTimeElapses(Duration.ofSeconds(20))
                    .andThenTimeElapses(Duration.ofSeconds(40)) // 70 s unanswered: flagged for staff
                    .whenTimeElapses(MAX)
                    .expectDispatchedCommands(new FlagReservationCommand(RESERVATION, "RESERVING_STOCK", 150),
                            new ReserveStockCommand(BREAD, RESERVATION, LOAVES))
                    .expectScheduledDeadlineWithName(MAX, RETRY_DEADLINE)
                    .expectActiveSagas(1);
        }

        @Test
        void asks_for_the_acceptance_again() throws Exception {
            given(placed(), stockReserved())
                    .whenTimeElapses(INITIAL)
                    .expectDispatchedCommands(new AcceptReservationCommand(RESERVATION));
        }

        @Test
        void asks_for_the_sold_out_rejection_again() {
            given(placed(), stockSoldOut())
                    .whenTimeElapses(INITIAL)
                    .expectDispatchedCommands(new RejectSoldOutReservationCommand(RESERVATION));
        }

        @Test
        void asks_for_the_confirmation_again_with_the_same_baker() {
            given(placed(), stockReserved(), accepted(), bakerAssigned(HANA))
                    .whenTimeElapses(INITIAL)
                    .expectDispatchedCommands(new ConfirmReservationCommand(RESERVATION, HANA));
        }

        @Test
        void asks_for_the_stock_again_while_a_cancellation_waits_for_the_decision() {
            given(placed(), cancellationRequested(ReservationStatus.REQUESTED))
                    .whenTimeElapses(INITIAL)
                    .expectDispatchedCommands(new ReserveStockCommand(BREAD, RESERVATION, LOAVES));
        }

        @Test
        void asks_for_the_stock_release_again() {
            given(confirmedReservation(), cancellationRequested(ReservationStatus.CONFIRMED))
                    .whenTimeElapses(INITIAL)
                    .expectDispatchedCommands(new ReleaseStockCommand(BREAD, RESERVATION));
        }

        @Test
        void asks_for_the_assignment_deletion_again() {
            given(confirmedReservation(), cancellationRequested(ReservationStatus.CONFIRMED), stockReleased())
                    .whenTimeElapses(INITIAL)
                    .expectDispatchedCommands(new DeleteAssignmentCommand(RESERVATION));
        }

        @Test
        void asks_for_the_cancellation_to_be_completed_again() {
            given(confirmedReservation(), cancellationRequested(ReservationStatus.CONFIRMED), stockReleased(),
                    assignmentDeleted(HANA))
                    .whenTimeElapses(INITIAL)
                    .expectDispatchedCommands(new CompleteCancellationCommand(RESERVATION));
        }

        @Test
        void is_asked_again_as_soon_as_the_previous_steps_first_deadline_fires() throws Exception {
            // The acceptance is the customer's request's to record; the saga waits on the retry armed for the stock
            // decision, and sends the acceptance itself when that retry is due (here 1 s after the decision).
            given(placed())
                    .andThenTimeElapses(Duration.ofSeconds(9))
                    .andThenAggregate(BREAD).published(stockReserved())
                    .whenTimeElapses(Duration.ofSeconds(1))
                    .expectDispatchedCommands(new AcceptReservationCommand(RESERVATION));
        }
    }

    @Nested
    class A_confirmed_reservation {

        @Test
        void is_never_asked_about_again_however_long_it_waits() {
            given(confirmedReservation())
                    .whenTimeElapses(Duration.ofMinutes(10))
                    .expectNoDispatchedCommands()
                    .expectTriggeredDeadlinesWithName()
                    .expectNoScheduledDeadlines()
                    .expectActiveSagas(1);
        }

        @Test
        void confirmed_after_retries_is_never_asked_about_again() throws Exception {
            given(placed(), stockReserved(), accepted())
                    .andThenTimeElapses(INITIAL)
                    .andThenAggregate(ASSIGNMENT).published(bakerAssigned(HANA))
                    .andThenTimeElapses(INITIAL)
                    .andThenAggregate(RESERVATION).published(confirmed(HANA))
                    .whenTimeElapses(Duration.ofMinutes(10))
                    .expectNoDispatchedCommands()
                    .expectNoScheduledDeadlines();
        }
    }

    // ---------------------------------------------------------------- 7b. flagged for staff

    @Nested
    class A_step_left_unanswered_for_flag_after {

        @Test
        void is_not_flagged_while_it_has_waited_less() {
            // retries at +10 and +30 only
            given(placed(), stockReserved(), accepted())
                    .whenTimeElapses(FLAG_AFTER.minusSeconds(1))
                    .expectDispatchedCommands(new AssignBakerCommand(RESERVATION, BREAD, LOAVES),
                            new AssignBakerCommand(RESERVATION, BREAD, LOAVES));
        }

        @Test
        void flags_the_reservation_for_staff_and_asks_again() throws Exception {
            given(placed(), stockReserved(), accepted())
                    .andThenTimeElapses(Duration.ofSeconds(30))
                    .whenTimeElapses(Duration.ofSeconds(40))
                    .expectDispatchedCommands(new FlagReservationCommand(RESERVATION, "ASSIGNING_BAKER", 70),
                            new AssignBakerCommand(RESERVATION, BREAD, LOAVES))
                    .expectScheduledDeadlineWithName(MAX, RETRY_DEADLINE)
                    .expectActiveSagas(1);
        }

        @Test
        void is_cleared_as_soon_as_the_baker_finally_comes() throws Exception {
            given(placed(), stockReserved(), accepted())
                    .andThenTimeElapses(FLAG_AFTER)
                    .whenAggregate(ASSIGNMENT).publishes(bakerAssigned(HANA))
                    .expectDispatchedCommands(new ClearReservationFlagCommand(RESERVATION),
                            new ConfirmReservationCommand(RESERVATION, HANA));
        }

        @Test
        void stays_flagged_when_the_reservation_records_the_flag() throws Exception {
            given(placed(), stockReserved(), accepted())
                    .andThenTimeElapses(FLAG_AFTER)
                    .whenAggregate(RESERVATION).publishes(flagged("ASSIGNING_BAKER", 70))
                    .expectNoDispatchedCommands();
        }

        @Test
        void is_cleared_again_when_the_flag_overtook_the_answer_to_its_step() throws Exception {
            given(placed(), stockReserved(), accepted())
                    .andThenTimeElapses(FLAG_AFTER)
                    .andThenAggregate(ASSIGNMENT).published(bakerAssigned(HANA))
                    .whenAggregate(RESERVATION).publishes(flagged("ASSIGNING_BAKER", 70))
                    .expectDispatchedCommands(new ClearReservationFlagCommand(RESERVATION));
        }

        @Test
        void while_the_assignment_is_being_deleted_is_cleared_when_the_deletion_comes() throws Exception {
            given(confirmedReservation(), cancellationRequested(ReservationStatus.CONFIRMED), stockReleased())
                    .andThenTimeElapses(FLAG_AFTER)
                    .whenAggregate(ASSIGNMENT).publishes(assignmentDeleted(HANA))
                    .expectDispatchedCommands(new ClearReservationFlagCommand(RESERVATION),
                            new CompleteCancellationCommand(RESERVATION));
        }

        @Test
        void is_cleared_when_the_saga_ends_on_it() throws Exception {
            given(placed(), stockSoldOut())
                    .andThenTimeElapses(FLAG_AFTER)
                    .whenAggregate(RESERVATION).publishes(reservationSoldOut())
                    .expectDispatchedCommands(new ClearReservationFlagCommand(RESERVATION))
                    .expectActiveSagas(0)
                    .expectNoScheduledDeadlines();
        }

        @Test
        void a_step_answered_in_time_never_asks_for_a_flag_to_be_cleared() throws Exception {
            givenTheSagaAskedForTheStock()
                    .andThenAggregate(RESERVATION).published(accepted())
                    .whenAggregate(ASSIGNMENT).publishes(bakerAssigned(HANA))
                    .expectDispatchedCommands(new ConfirmReservationCommand(RESERVATION, HANA));
        }
    }

    // ---------------------------------------------------------------- 8. pickup

    @Nested
    class A_picked_up_reservation {

        @Test
        void ends_the_saga() {
            given(confirmedReservation())
                    .whenAggregate(RESERVATION).publishes(pickedUp())
                    .expectSuccessfulHandlerExecution()
                    .expectNoDispatchedCommands()
                    .expectActiveSagas(0)
                    .expectNoScheduledDeadlines();
        }

        @Test
        void is_forgotten_by_later_events() {
            given(confirmedReservation(), pickedUp())
                    .whenAggregate(RESERVATION).publishes(cancellationRequested(ReservationStatus.CONFIRMED))
                    .expectNoDispatchedCommands()
                    .expectActiveSagas(0);
        }
    }

    // ---------------------------------------------------------------- 9. late baker during cancellation

    @Nested
    class A_late_baker_assignment_during_cancellation {

        @Test
        void canceling_while_waiting_for_a_baker_releases_the_stock() {
            given(placed(), stockReserved(), accepted())
                    .whenAggregate(RESERVATION).publishes(cancellationRequested(ReservationStatus.ACCEPTED))
                    .expectDispatchedCommands(new ReleaseStockCommand(BREAD, RESERVATION));
        }

        @Test
        void does_not_confirm_while_the_stock_is_being_released() {
            given(placed(), stockReserved(), accepted(), cancellationRequested(ReservationStatus.ACCEPTED))
                    .whenAggregate(ASSIGNMENT).publishes(bakerAssigned(HANA))
                    .expectNoDispatchedCommands();
        }

        @Test
        void does_not_confirm_while_the_assignment_is_being_deleted() {
            given(placed(), stockReserved(), accepted(), cancellationRequested(ReservationStatus.ACCEPTED),
                    stockReleased())
                    .whenAggregate(ASSIGNMENT).publishes(bakerAssigned(HANA))
                    .expectNoDispatchedCommands();
        }

        @Test
        void does_not_confirm_while_the_cancellation_is_being_completed() {
            given(placed(), stockReserved(), accepted(), cancellationRequested(ReservationStatus.ACCEPTED),
                    stockReleased(), assignmentDeleted(null))
                    .whenAggregate(ASSIGNMENT).publishes(bakerAssigned(HANA))
                    .expectNoDispatchedCommands();
        }

        @Test
        void does_not_confirm_when_the_cancellation_came_before_the_stock_decision() {
            given(placed(), cancellationRequested(ReservationStatus.REQUESTED), stockReserved())
                    .whenAggregate(ASSIGNMENT).publishes(bakerAssigned(HANA))
                    .expectNoDispatchedCommands();
        }

        @Test
        void leaves_the_retries_asking_for_the_cancellation_step_not_the_confirmation() {
            given(placed(), stockReserved(), accepted(), cancellationRequested(ReservationStatus.ACCEPTED),
                    bakerAssigned(HANA))
                    .whenTimeElapses(INITIAL)
                    .expectDispatchedCommands(new ReleaseStockCommand(BREAD, RESERVATION));
        }
    }

    // ---------------------------------------------------------------- the story so far

    /** The events of a reservation that reached breadSucceed with {@link #HANA} baking it. */
    private static Object[] confirmedReservation() {
        return new Object[]{placed(), stockReserved(), accepted(), bakerAssigned(HANA), confirmed(HANA)};
    }

    /** The customer's request got no stock decision: the saga's first retry asked, and the loaves were held. */
    private ContinuedGivenState givenTheSagaAskedForTheStock() throws Exception {
        return given(placed()).andThenTimeElapses(INITIAL).andThenAggregate(BREAD).published(stockReserved());
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
        return new ReservationAcceptedEvent(RESERVATION, BREAD, LOAVES);
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

    private static ReservationPickedUpEvent pickedUp() {
        return new ReservationPickedUpEvent(RESERVATION, BREAD);
    }
}
