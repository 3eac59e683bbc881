package com.bbangshop.reservation.pickup;

import com.bbangshop.api.reservation.ExpireReservationCommand;
import com.bbangshop.api.reservation.PickupDeadlineNearEvent;
import com.bbangshop.api.reservation.ReservationCancellationRequestedEvent;
import com.bbangshop.api.reservation.ReservationExpiredEvent;
import com.bbangshop.api.reservation.ReservationPickedUpEvent;
import com.bbangshop.api.reservation.ReservationReadyEvent;
import com.bbangshop.api.reservation.ReservationStatus;
import com.bbangshop.api.reservation.WarnPickupDeadlineCommand;
import com.bbangshop.reservation.saga.RetryTicket;
import com.bbangshop.reservation.saga.StepRetryPolicy;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static com.bbangshop.reservation.pickup.PickupWindowSaga.EXPIRY_DEADLINE;
import static com.bbangshop.reservation.pickup.PickupWindowSaga.WARNING_DEADLINE;
import static org.axonframework.test.matchers.Matchers.equalTo;
import static org.axonframework.test.matchers.Matchers.listWithAnyOf;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;

/** One ready reservation's pickup window, told as sentences: when the customer is warned, and when it expires. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PickupWindowSagaTest {

    private static final String RESERVATION = "reservation-1";
    private static final String BREAD = "bread-salt-bread";
    private static final String CODE = "AA23";
    private static final Instant MARKED_READY = Instant.parse("2026-12-07T10:00:00Z");
    private static final Duration WINDOW = Duration.ofHours(2);
    private static final Duration WARN_BEFORE = Duration.ofMinutes(15);
    private static final Instant PICKUP_BY = MARKED_READY.plus(WINDOW);
    private static final Duration RETRY = Duration.ofSeconds(30);

    private SagaTestFixture<PickupWindowSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(PickupWindowSaga.class);
        fixture.registerResource(new PickupProperties(WINDOW, WARN_BEFORE));
        fixture.registerResource(new StepRetryPolicy(RETRY, Duration.ofMinutes(2), Duration.ofMinutes(15)));
        fixture.registerResource(new FixtureClock(fixture));
    }

    @Test
    void loaves_marked_ready_arm_the_warning_and_the_expiry_and_send_nothing_yet() {
        fixture.givenCurrentTime(MARKED_READY)
                .whenAggregate(RESERVATION).publishes(ready(PICKUP_BY))
                .expectActiveSagas(1)
                .expectAssociationWith("reservationId", RESERVATION)
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(PICKUP_BY.minus(WARN_BEFORE), WARNING_DEADLINE)
                .expectScheduledDeadlineWithName(PICKUP_BY, EXPIRY_DEADLINE);
    }

    @Test
    void a_window_shorter_than_the_warning_arms_only_the_expiry() {
        Instant soon = MARKED_READY.plus(Duration.ofMinutes(10));
        fixture.givenCurrentTime(MARKED_READY)
                .whenAggregate(RESERVATION).publishes(ready(soon))
                .expectNoScheduledDeadlineWithName(MARKED_READY, soon, WARNING_DEADLINE)
                .expectScheduledDeadlineWithName(soon, EXPIRY_DEADLINE);
    }

    @Test
    void the_customer_is_warned_warn_before_the_deadline() throws Exception {
        fixture.givenCurrentTime(MARKED_READY)
                .andThenAggregate(RESERVATION).published(ready(PICKUP_BY))
                .whenTimeElapses(WINDOW.minus(WARN_BEFORE))
                .expectTriggeredDeadlinesWithName(WARNING_DEADLINE)
                .expectDispatchedCommands(new WarnPickupDeadlineCommand(RESERVATION))
                .expectActiveSagas(1);
    }

    @Test
    void nothing_is_sent_before_the_warning_is_due() throws Exception {
        fixture.givenCurrentTime(MARKED_READY)
                .andThenAggregate(RESERVATION).published(ready(PICKUP_BY))
                .whenTimeElapses(WINDOW.minus(WARN_BEFORE).minusSeconds(1))
                .expectNoDispatchedCommands();
    }

    @Test
    void at_the_deadline_the_reservation_is_expired() throws Exception {
        fixture.givenCurrentTime(MARKED_READY)
                .andThenAggregate(RESERVATION).published(ready(PICKUP_BY))
                .andThenTimeElapses(WINDOW.minus(WARN_BEFORE))
                .andThenAggregate(RESERVATION).published(warned())
                .whenTimeElapses(WARN_BEFORE)
                .expectDispatchedCommands(new ExpireReservationCommand(RESERVATION))
                .expectScheduledDeadlineWithName(RETRY, EXPIRY_DEADLINE);
    }

    @Test
    void an_expiry_left_unanswered_is_asked_for_again_with_back_off() throws Exception {
        fixture.givenCurrentTime(MARKED_READY)
                .andThenAggregate(RESERVATION).published(ready(PICKUP_BY))
                .andThenTimeElapses(WINDOW)
                .whenTimeElapses(RETRY)
                .expectDispatchedCommands(new ExpireReservationCommand(RESERVATION))
                .expectScheduledDeadlineWithName(RETRY.multipliedBy(2), EXPIRY_DEADLINE);
    }

    @Test
    void each_expiry_deadline_carries_the_ticket_of_its_turn() throws Exception {
        fixture.givenCurrentTime(MARKED_READY)
                .andThenAggregate(RESERVATION).published(ready(PICKUP_BY))
                .andThenTimeElapses(WINDOW.minus(WARN_BEFORE))
                .whenTimeElapses(WARN_BEFORE)
                .expectTriggeredDeadlinesMatching(listWithAnyOf(messageWithPayload(equalTo(new RetryTicket(1)))))
                .expectScheduledDeadline(RETRY, new RetryTicket(2));
    }

    @Test
    void the_no_show_ends_the_window_leaving_no_deadline() throws Exception {
        fixture.givenCurrentTime(MARKED_READY)
                .andThenAggregate(RESERVATION).published(ready(PICKUP_BY))
                .andThenTimeElapses(WINDOW)
                .whenAggregate(RESERVATION).publishes(new ReservationExpiredEvent(RESERVATION, BREAD, 2, CODE))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines();
    }

    @Test
    void a_pickup_before_the_deadline_cancels_the_warning_and_the_expiry() throws Exception {
        fixture.givenCurrentTime(MARKED_READY)
                .andThenAggregate(RESERVATION).published(ready(PICKUP_BY))
                .whenAggregate(RESERVATION).publishes(new ReservationPickedUpEvent(RESERVATION, BREAD))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void a_picked_up_reservation_is_never_warned_nor_expired() throws Exception {
        fixture.givenCurrentTime(MARKED_READY)
                .andThenAggregate(RESERVATION).published(ready(PICKUP_BY))
                .andThenAggregate(RESERVATION).published(new ReservationPickedUpEvent(RESERVATION, BREAD))
                .whenTimeElapses(WINDOW.multipliedBy(2))
                .expectNoDispatchedCommands();
    }

    @Test
    void a_cancel_asked_for_ends_the_window() throws Exception {
        fixture.givenCurrentTime(MARKED_READY)
                .andThenAggregate(RESERVATION).published(ready(PICKUP_BY))
                .whenAggregate(RESERVATION).publishes(new ReservationCancellationRequestedEvent(RESERVATION, BREAD, 2,
                        ReservationStatus.READY))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void ready_delivered_twice_keeps_one_saga_and_one_pair_of_deadlines() throws Exception {
        fixture.givenCurrentTime(MARKED_READY)
                .andThenAggregate(RESERVATION).published(ready(PICKUP_BY))
                .whenAggregate(RESERVATION).publishes(ready(PICKUP_BY.plus(WINDOW)))
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(PICKUP_BY, EXPIRY_DEADLINE)
                .expectNoScheduledDeadlineWithName(PICKUP_BY.plus(WINDOW), EXPIRY_DEADLINE);
    }

    private static ReservationReadyEvent ready(Instant pickupBy) {
        return new ReservationReadyEvent(RESERVATION, BREAD, CODE, pickupBy);
    }

    private static PickupDeadlineNearEvent warned() {
        return new PickupDeadlineNearEvent(RESERVATION, BREAD, CODE, PICKUP_BY);
    }

    /** The fixture's own time, which its deadlines keep, as the clock the saga reads. */
    private static final class FixtureClock extends Clock {

        private final SagaTestFixture<?> fixture;

        FixtureClock(SagaTestFixture<?> fixture) {
            this.fixture = fixture;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the fixture's clock is UTC");
        }

        @Override
        public Instant instant() {
            return fixture.currentTime();
        }
    }
}
