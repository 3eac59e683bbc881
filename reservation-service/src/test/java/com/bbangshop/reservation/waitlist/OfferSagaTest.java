package com.bbangshop.reservation.waitlist;

import com.bbangshop.api.reservation.PlaceOfferedReservationCommand;
import com.bbangshop.api.reservation.OfferedReservationPlacedEvent;
import com.bbangshop.api.reservation.ReservationPlacedEvent;
import com.bbangshop.api.waitlist.ExpireOfferCommand;
import com.bbangshop.api.waitlist.LoafOfferedEvent;
import com.bbangshop.api.waitlist.OfferAcceptedEvent;
import com.bbangshop.api.waitlist.OfferDeclinedEvent;
import com.bbangshop.api.waitlist.OfferExpiredEvent;
import com.bbangshop.reservation.saga.StepRetryPolicy;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionException;

import static com.bbangshop.reservation.waitlist.OfferSaga.HOLD_DEADLINE;
import static com.bbangshop.reservation.waitlist.OfferSaga.RETRY_DEADLINE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every row of {@link OfferSaga}'s table: given what has happened to one offer, when one more thing happens, then
 * the saga asks for exactly this (or nothing). Offer events are the bread's, the placement's the reservation's.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OfferSagaTest {

    private static final String BREAD = "bread-1";
    private static final String OFFER = "bread-1-offer-1";
    private static final String WAITER = "waiter-1";
    private static final String RESERVATION = "reservation-9";
    private static final String SECRET_HASH = "hash-of-the-secret";
    private static final String CODE = "KA23";
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final Duration HOLD = Duration.ofMinutes(10);
    private static final Duration INITIAL = Duration.ofSeconds(10);

    private SagaTestFixture<OfferSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(OfferSaga.class);
        fixture.registerResource(new StepRetryPolicy(INITIAL, Duration.ofSeconds(80), Duration.ofSeconds(70)));
    }

    private static LoafOfferedEvent offered() {
        return new LoafOfferedEvent(BREAD, OFFER, WAITER, NOW.plus(HOLD));
    }

    private static OfferAcceptedEvent accepted() {
        return new OfferAcceptedEvent(BREAD, OFFER, WAITER, RESERVATION, SECRET_HASH, CODE);
    }

    private static PlaceOfferedReservationCommand place() {
        return new PlaceOfferedReservationCommand(RESERVATION, BREAD, 1, SECRET_HASH, CODE, OFFER);
    }

    @Nested
    class While_the_loaf_is_held {

        @Test
        void an_offer_starts_one_saga_that_sends_nothing_until_the_hold_ends() {
            fixture.givenCurrentTime(NOW)
                    .whenAggregate(BREAD).publishes(offered())
                    .expectActiveSagas(1)
                    .expectAssociationWith("offerId", OFFER)
                    .expectNoDispatchedCommands()
                    .expectScheduledDeadlineWithName(NOW.plus(HOLD), HOLD_DEADLINE);
        }

        @Test
        void the_same_offer_again_changes_nothing() throws Exception {
            fixture.givenCurrentTime(NOW).andThenAggregate(BREAD).published(offered())
                    .whenAggregate(BREAD).publishes(offered())
                    .expectActiveSagas(1)
                    .expectNoDispatchedCommands();
        }

        @Test
        void when_the_hold_ends_the_bakery_is_asked_to_expire_the_offer() throws Exception {
            fixture.givenCurrentTime(NOW).andThenAggregate(BREAD).published(offered())
                    .whenTimeElapses(HOLD)
                    .expectDispatchedCommands(new ExpireOfferCommand(BREAD, OFFER))
                    .expectScheduledDeadlineWithName(INITIAL, RETRY_DEADLINE);
        }

        @Test
        void an_expiry_without_an_answer_is_asked_for_again_later_each_time() throws Exception {
            fixture.givenCurrentTime(NOW).andThenAggregate(BREAD).published(offered())
                    .andThenTimeElapses(HOLD)
                    .whenTimeElapses(INITIAL)
                    .expectDispatchedCommands(new ExpireOfferCommand(BREAD, OFFER))
                    .expectScheduledDeadlineWithName(INITIAL.multipliedBy(2), RETRY_DEADLINE);
        }

        @Test
        void an_expired_offer_ends_the_saga_with_no_deadline_left() throws Exception {
            fixture.givenCurrentTime(NOW).andThenAggregate(BREAD).published(offered())
                    .andThenTimeElapses(HOLD)
                    .whenAggregate(BREAD).publishes(new OfferExpiredEvent(BREAD, OFFER, WAITER))
                    .expectActiveSagas(0)
                    .expectNoDispatchedCommands()
                    .expectNoScheduledDeadlines();
        }

        @Test
        void a_declined_offer_ends_the_saga_and_its_hold_deadline() throws Exception {
            fixture.givenCurrentTime(NOW).andThenAggregate(BREAD).published(offered())
                    .whenAggregate(BREAD).publishes(new OfferDeclinedEvent(BREAD, OFFER, WAITER))
                    .expectActiveSagas(0)
                    .expectNoDispatchedCommands()
                    .expectNoScheduledDeadlines();
        }
    }

    @Nested
    class Once_accepted {

        @Test
        void the_hold_ends_and_the_reservation_is_placed_born_accepted() throws Exception {
            fixture.givenCurrentTime(NOW).andThenAggregate(BREAD).published(offered())
                    .whenAggregate(BREAD).publishes(accepted())
                    .expectNoAssociationWith("reservationId", RESERVATION)
                    .expectDispatchedCommands(place())
                    .expectNoScheduledDeadlineWithName(NOW.plus(HOLD), HOLD_DEADLINE)
                    .expectScheduledDeadlineWithName(INITIAL, RETRY_DEADLINE);
        }

        @Test
        void an_accept_that_overtook_the_expiry_stops_asking_for_it() throws Exception {
            fixture.givenCurrentTime(NOW).andThenAggregate(BREAD).published(offered())
                    .andThenTimeElapses(HOLD)
                    .andThenAggregate(BREAD).published(accepted())
                    .whenTimeElapses(INITIAL)
                    .expectDispatchedCommands(place())
                    .expectScheduledDeadlineWithName(INITIAL.multipliedBy(2), RETRY_DEADLINE);
        }

        @Test
        void a_placement_without_an_answer_is_asked_for_again() throws Exception {
            fixture.givenCurrentTime(NOW).andThenAggregate(BREAD).published(offered(), accepted())
                    .whenTimeElapses(INITIAL)
                    .expectDispatchedCommands(place())
                    .expectActiveSagas(1);
        }

        @Test
        void a_placement_refused_because_the_reservation_exists_waits_for_its_event() throws Exception {
            fixture.setCallbackBehavior((payload, metaData) -> {
                throw new AggregateStreamCreationException("Cannot reuse aggregate identifier [" + RESERVATION
                        + "] to create aggregate [Reservation] since identifiers need to be unique.");
            });
            fixture.givenCurrentTime(NOW).andThenAggregate(BREAD).published(offered())
                    .whenAggregate(BREAD).publishes(accepted())
                    .expectDispatchedCommands(place())
                    .expectActiveSagas(1)
                    .expectScheduledDeadlineWithName(INITIAL, RETRY_DEADLINE);
        }

        @Test
        void the_accept_told_twice_places_once() throws Exception {
            fixture.givenCurrentTime(NOW).andThenAggregate(BREAD).published(offered(), accepted())
                    .whenAggregate(BREAD).publishes(accepted())
                    .expectNoDispatchedCommands();
        }

        @Test
        void the_placed_reservation_ends_the_saga_with_no_deadline_left() throws Exception {
            fixture.givenCurrentTime(NOW).andThenAggregate(BREAD).published(offered(), accepted())
                    .whenAggregate(RESERVATION).publishes(new OfferedReservationPlacedEvent(RESERVATION, OFFER))
                    .expectActiveSagas(0)
                    .expectNoDispatchedCommands()
                    .expectNoScheduledDeadlines();
        }

        @Test
        void a_late_expiry_deadline_after_the_accept_sends_nothing() throws Exception {
            fixture.givenCurrentTime(NOW).andThenAggregate(BREAD).published(offered(), accepted())
                    .andThenAggregate(RESERVATION).published(new OfferedReservationPlacedEvent(RESERVATION, OFFER))
                    .whenTimeElapses(HOLD.plus(HOLD))
                    .expectNoDispatchedCommands();
        }
    }

    @Test
    void a_reservation_whose_first_event_exists_is_told_apart_from_other_failures() {
        assertThat(EarlierPlacement.refused(new CompletionException(
                new AggregateStreamCreationException("exists")))).isTrue();
        assertThat(EarlierPlacement.refused(new IllegalStateException("Cannot reuse aggregate identifier [r9]")))
                .isTrue();
        assertThat(EarlierPlacement.refused(new CompletionException(new IllegalStateException("bakery down"))))
                .isFalse();
    }
}
