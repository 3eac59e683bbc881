package com.bbangshop.reservation;

import com.bbangshop.api.reservation.AcceptReservationCommand;
import com.bbangshop.api.reservation.PlaceReservationCommand;
import com.bbangshop.api.stock.StockOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A request waits for its turn at most the decision timeout; once its placement has started, it waits for that. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReservationPlacementTurnTest {

    private static final Duration TIMEOUT = Duration.ofMillis(300);

    private final ShopOnOneBus shop = new ShopOnOneBus(1_000);
    private final ReservationPlacement placement = new ReservationPlacement(shop.gateway(), TIMEOUT, 1, 64);

    @AfterEach
    void stop() {
        placement.destroy();
    }

    @Test
    void waiting_for_a_turn_starts_no_thread_per_request() throws Exception {
        long threadsBefore = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount();

        List<CompletableFuture<ReservationDecision>> answers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            answers.add(placement.place(command("r-" + i)));
        }
        for (CompletableFuture<ReservationDecision> answer : answers) {
            assertThat(answer.get(5, TimeUnit.SECONDS).outcome()).isEqualTo(StockOutcome.RESERVED);
        }
        Thread.sleep(TIMEOUT.multipliedBy(3).toMillis()); // every request's timeout would have expired by now

        long started = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount() - threadsBefore;
        assertThat(started).as("threads started while 200 requests waited for their turn").isLessThan(20);
    }

    @Test
    void a_request_not_taken_within_the_timeout_hears_busy_and_is_never_placed() throws Exception {
        CompletableFuture<ReservationDecision> first = placement.place(command("first"));
        shop.awaitPlacingFirst();

        CompletableFuture<ReservationDecision> second = placement.place(command("second"));

        assertThatThrownBy(() -> second.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(ReservationBusyException.class)
                .hasMessageContaining("not placed");
        shop.releaseFirst();
        assertThat(first.get(5, TimeUnit.SECONDS).outcome()).isEqualTo(StockOutcome.RESERVED);
        Thread.sleep(200); // the placer has gone on to the queue, where the second one still lies
        assertThat(shop.handled(PlaceReservationCommand.class)).extracting(PlaceReservationCommand::reservationId)
                .containsExactly("first");
    }

    @Test
    void a_request_taken_in_time_gets_its_decision_however_long_the_placement_takes() throws Exception {
        shop.bakeryTakes = TIMEOUT.multipliedBy(2);

        CompletableFuture<ReservationDecision> answer = placement.place(command("slow"));

        assertThat(answer.get(5, TimeUnit.SECONDS).outcome()).isEqualTo(StockOutcome.RESERVED);
    }

    @Test
    void a_request_after_the_placement_stopped_hears_that_nothing_was_placed() {
        placement.destroy();

        CompletableFuture<ReservationDecision> answer = placement.place(command("late"));

        assertThatThrownBy(() -> answer.get(1, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(ReservationBusyException.class)
                .hasMessageContaining("shutting down");
        assertThat(shop.handled).isEmpty();
    }

    @Test
    void a_bakery_that_does_not_decide_leaves_the_customer_to_try_again_and_nothing_is_accepted() {
        shop.bakeryDecides = false;

        CompletableFuture<ReservationDecision> answer = placement.place(command("undecided"));

        assertThatThrownBy(() -> answer.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(NoStockDecisionException.class)
                .hasMessageContaining("nothing is held for you");
        assertThat(shop.handled(PlaceReservationCommand.class)).hasSize(1);
        assertThat(shop.handled(AcceptReservationCommand.class)).isEmpty();
    }

    private static PlaceReservationCommand command(String reservationId) {
        return new PlaceReservationCommand(reservationId, "melon-pan", 1, "hash-of-secret");
    }
}
