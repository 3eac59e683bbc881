package com.bbangshop.reservation;

import com.bbangshop.api.reservation.AbandonReservationCommand;
import com.bbangshop.api.reservation.AcceptReservationCommand;
import com.bbangshop.api.reservation.PlaceReservationCommand;
import com.bbangshop.api.reservation.RecordSoldOutReservationCommand;
import com.bbangshop.api.rules.BusinessRuleException;
import com.bbangshop.api.stock.CheckStockCommand;
import com.bbangshop.api.stock.ReserveStockCommand;
import com.bbangshop.api.stock.StockOutcome;
import com.bbangshop.api.stock.StockRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReservationPlacementGroupsTest {

    private final ShopOnOneBus shop = new ShopOnOneBus(3);
    private final ReservationPlacement placement =
            new ReservationPlacement(shop.gateway(), Duration.ofSeconds(5), 1, 64);

    @AfterEach
    void stop() {
        placement.destroy();
    }

    @Test
    void requests_that_wait_while_the_placer_is_busy_are_decided_by_the_bakery_in_one_command() throws Exception {
        CompletableFuture<ReservationDecision> first = placement.place(command("first", "melon-pan"));
        shop.awaitPlacingFirst();
        List<CompletableFuture<ReservationDecision>> waiting = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            waiting.add(placement.place(command("waiting-" + i, "melon-pan")));
        }

        shop.releaseFirst();

        assertThat(first.get(5, TimeUnit.SECONDS).outcome()).isEqualTo(StockOutcome.RESERVED);
        assertThat(answers(waiting)).containsExactly(StockOutcome.RESERVED, StockOutcome.RESERVED,
                StockOutcome.SOLD_OUT);
        assertThat(shop.unitsOfWork.get()).as("the first alone, then the three together").isEqualTo(2);
        assertThat(shop.handled(ReserveStockCommand.class)).extracting(command -> command.requests().size())
                .containsExactly(1, 3);
    }

    @Test
    void each_reserved_request_is_answered_and_accepted_with_the_pickup_code_the_bakery_gave_it() throws Exception {
        CompletableFuture<ReservationDecision> first = placement.place(command("first", "melon-pan"));
        shop.awaitPlacingFirst();
        CompletableFuture<ReservationDecision> second = placement.place(command("second", "melon-pan"));
        CompletableFuture<ReservationDecision> third = placement.place(command("third", "melon-pan"));
        CompletableFuture<ReservationDecision> fourth = placement.place(command("fourth", "melon-pan"));
        shop.releaseFirst();

        assertThat(List.of(first.get(5, TimeUnit.SECONDS), second.get(5, TimeUnit.SECONDS),
                third.get(5, TimeUnit.SECONDS), fourth.get(5, TimeUnit.SECONDS))).containsExactly(
                new ReservationDecision(StockOutcome.RESERVED, "AA23"),
                new ReservationDecision(StockOutcome.RESERVED, "AA24"),
                new ReservationDecision(StockOutcome.RESERVED, "AA25"),
                new ReservationDecision(StockOutcome.SOLD_OUT, null));
        assertThat(shop.handled(AcceptReservationCommand.class)).containsExactly(
                new AcceptReservationCommand("first", "AA23"), new AcceptReservationCommand("second", "AA24"),
                new AcceptReservationCommand("third", "AA25"));
    }

    @Test
    void a_bread_not_on_sale_refuses_the_check_and_no_request_is_placed() {
        BusinessRuleException notYet = BusinessRuleException.conflict("melon pan is not on sale yet",
                Map.of("opensAt", "2026-12-07T10:00:00Z"));
        shop.checkRefusal = notYet;

        CompletableFuture<ReservationDecision> early = placement.place(command("early", "melon-pan"));

        assertThatThrownBy(() -> early.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isSameAs(notYet);
        assertThat(shop.handled(PlaceReservationCommand.class)).isEmpty();
        assertThat(shop.handled(RecordSoldOutReservationCommand.class)).isEmpty();
        assertThat(shop.handled(ReserveStockCommand.class)).isEmpty();
    }

    @Test
    void a_bread_that_closed_after_the_check_refuses_the_decision_and_the_customer_hears_why() {
        BusinessRuleException closed = BusinessRuleException.conflict("melon pan is closed");
        shop.decisionRefusal = closed;

        CompletableFuture<ReservationDecision> late = placement.place(command("late", "melon-pan"));

        assertThatThrownBy(() -> late.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isSameAs(closed);
        assertThat(shop.handled(PlaceReservationCommand.class)).extracting(PlaceReservationCommand::reservationId)
                .containsExactly("late");
        assertThat(shop.handled(AcceptReservationCommand.class)).isEmpty();
    }

    @Test
    void a_customer_over_their_limit_at_the_check_is_answered_so_and_never_placed() throws Exception {
        shop.overLimitAtCheck.add("greedy");

        CompletableFuture<ReservationDecision> greedy = placement.place(command("greedy", "melon-pan"));

        assertThat(greedy.get(5, TimeUnit.SECONDS)).isEqualTo(ReservationDecision.OVER_CUSTOMER_LIMIT);
        assertThat(shop.handled(PlaceReservationCommand.class)).isEmpty();
        assertThat(shop.handled(RecordSoldOutReservationCommand.class)).isEmpty();
    }

    @Test
    void a_customer_over_their_limit_at_the_decision_is_answered_so_and_the_placed_reservation_let_go()
            throws Exception {
        shop.overLimitAtDecision.add("second-of-two");

        CompletableFuture<ReservationDecision> answer = placement.place(command("second-of-two", "melon-pan"));

        assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo(ReservationDecision.OVER_CUSTOMER_LIMIT);
        assertThat(shop.handled(AbandonReservationCommand.class)).containsExactly(
                new AbandonReservationCommand("second-of-two"));
        assertThat(shop.handled(AcceptReservationCommand.class)).isEmpty();
    }

    @Test
    void the_customers_hash_goes_to_the_bakery_with_each_request() throws Exception {
        placement.place(new PlaceReservationCommand("counted", "melon-pan", 1, "hash-of-secret", "hash-of-phone"))
                .get(5, TimeUnit.SECONDS);

        assertThat(shop.handled(ReserveStockCommand.class)).flatExtracting(ReserveStockCommand::requests)
                .containsExactly(new StockRequest("counted", 1, "hash-of-phone"));
    }

    @Test
    void a_request_the_check_finds_sold_out_is_recorded_sold_out_and_never_placed() throws Exception {
        CompletableFuture<ReservationDecision> all = placement.place(new PlaceReservationCommand("all", "melon-pan", 3,
                "hash-of-secret"));
        assertThat(all.get(5, TimeUnit.SECONDS).outcome()).isEqualTo(StockOutcome.RESERVED);

        CompletableFuture<ReservationDecision> after = placement.place(command("after", "melon-pan"));

        assertThat(after.get(5, TimeUnit.SECONDS).outcome()).isEqualTo(StockOutcome.SOLD_OUT);
        assertThat(shop.handled(RecordSoldOutReservationCommand.class))
                .extracting(RecordSoldOutReservationCommand::reservationId).containsExactly("after");
        assertThat(shop.handled(PlaceReservationCommand.class)).extracting(PlaceReservationCommand::reservationId)
                .containsExactly("all");
    }

    @Test
    void a_group_of_two_breads_asks_each_bread_once_and_answers_each_request_with_its_own_decision()
            throws Exception {
        CompletableFuture<ReservationDecision> first = placement.place(command("first", "melon-pan"));
        shop.awaitPlacingFirst();
        CompletableFuture<ReservationDecision> pan = placement.place(command("pan", "melon-pan"));
        CompletableFuture<ReservationDecision> baguette = placement.place(new PlaceReservationCommand("baguette",
                "baguette", 4, "hash-of-secret"));
        CompletableFuture<ReservationDecision> pan2 = placement.place(command("pan-2", "melon-pan"));

        shop.releaseFirst();

        assertThat(answers(List.of(first, pan, baguette, pan2))).containsExactly(StockOutcome.RESERVED,
                StockOutcome.RESERVED, StockOutcome.SOLD_OUT, StockOutcome.RESERVED);
        assertThat(shop.handled(CheckStockCommand.class)).extracting(CheckStockCommand::breadId)
                .containsExactly("melon-pan", "baguette", "melon-pan");
        assertThat(shop.handled(CheckStockCommand.class).get(2).requests()).extracting(StockRequest::reservationId)
                .containsExactly("pan", "pan-2");
    }

    @Test
    void a_placement_that_fails_in_a_group_fails_alone_and_the_others_are_placed_each_on_their_own()
            throws Exception {
        CompletableFuture<ReservationDecision> broken = placeBeforeAndBrokenBehindFirst();

        assertThatThrownBy(() -> broken.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(ReservationNotPlacedException.class)
                .hasRootCauseMessage("acceptance is down");
        assertThat(shop.unitsOfWork.get()).as("first; the group of two; then each of the two alone").isEqualTo(4);
        assertThat(shop.rolledBack.get()).as("the group, and the broken one alone").isEqualTo(2);
    }

    @Test
    void where_a_rolled_back_group_left_its_reservations_placed_placing_them_again_goes_on_from_there()
            throws Exception {
        shop.refusesSecondPlacement = true;
        CompletableFuture<ReservationDecision> broken = placeBeforeAndBrokenBehindFirst();

        assertThatThrownBy(() -> broken.get(5, TimeUnit.SECONDS)).hasRootCauseMessage("acceptance is down");
        assertThat(shop.handled(PlaceReservationCommand.class)).extracting(PlaceReservationCommand::reservationId)
                .containsExactly("first", "before", "broken", "before", "broken");
    }

    @Test
    void a_bakery_that_does_not_decide_in_time_fails_only_the_requests_it_did_not_decide() throws Exception {
        CompletableFuture<ReservationDecision> first = placement.place(command("first", "melon-pan"));
        shop.awaitPlacingFirst();
        shop.bakeryDecides = false;
        CompletableFuture<ReservationDecision> undecided = placement.place(command("undecided", "melon-pan"));

        shop.releaseFirst();

        assertThatThrownBy(() -> first.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(NoStockDecisionException.class);
        assertThatThrownBy(() -> undecided.get(5, TimeUnit.SECONDS))
                .hasCauseInstanceOf(NoStockDecisionException.class);
        assertThat(shop.rolledBack.get()).as("placed, for the saga to abandon; not placed again").isZero();
    }

    @Test
    void a_group_whose_unit_of_work_fails_as_a_whole_is_placed_again_each_on_its_own() throws Exception {
        CompletableFuture<ReservationDecision> first = placement.place(command("first", "melon-pan"));
        shop.awaitPlacingFirst();
        shop.failNextGroupAtCommit = true;
        // the first's unit of work is counted already: the next one counted, the group's, fails at its commit
        CompletableFuture<ReservationDecision> one = placement.place(command("one", "baguette"));
        CompletableFuture<ReservationDecision> two = placement.place(command("two", "baguette"));

        shop.releaseFirst();

        assertThat(answers(List.of(first, one, two))).containsOnly(StockOutcome.RESERVED);
        assertThat(shop.unitsOfWork.get()).as("first; the group of two; then each alone").isEqualTo(4);
        assertThat(shop.rolledBack.get()).as("the group").isEqualTo(1);
    }

    /** "before" and "broken" (whose acceptance fails) wait in one group behind "first"; both others are reserved. */
    private CompletableFuture<ReservationDecision> placeBeforeAndBrokenBehindFirst() throws Exception {
        shop.failingAcceptances.add("broken");
        CompletableFuture<ReservationDecision> first = placement.place(command("first", "melon-pan"));
        shop.awaitPlacingFirst();
        CompletableFuture<ReservationDecision> before = placement.place(command("before", "melon-pan"));
        CompletableFuture<ReservationDecision> broken = placement.place(command("broken", "melon-pan"));

        shop.releaseFirst();

        assertThat(first.get(5, TimeUnit.SECONDS).outcome()).isEqualTo(StockOutcome.RESERVED);
        assertThat(before.get(5, TimeUnit.SECONDS).outcome()).isEqualTo(StockOutcome.RESERVED);
        return broken;
    }

    private static List<StockOutcome> answers(List<CompletableFuture<ReservationDecision>> answers) throws Exception {
        List<StockOutcome> outcomes = new ArrayList<>();
        for (CompletableFuture<ReservationDecision> answer : answers) {
            outcomes.add(answer.get(5, TimeUnit.SECONDS).outcome());
        }
        return outcomes;
    }

    private static PlaceReservationCommand command(String reservationId, String breadId) {
        return new PlaceReservationCommand(reservationId, breadId, 1, "hash-of-secret");
    }
}
