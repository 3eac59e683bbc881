package com.bbangshop.reservation;

import com.bbangshop.api.reservation.AcceptReservationCommand;
import com.bbangshop.api.reservation.PlaceReservationCommand;
import com.bbangshop.api.stock.ReserveStockCommand;
import com.bbangshop.api.stock.StockOutcome;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReservationPlacementGroupsTest {

    private final CommandGateway commands = mock(CommandGateway.class);
    private final AtomicInteger unitsOfWork = new AtomicInteger();
    private final AtomicInteger rolledBack = new AtomicInteger();
    private final HeldFirstPlacement held = new HeldFirstPlacement(commands);
    private final ReservationPlacement placement = new ReservationPlacement(commands, Duration.ofSeconds(5), 1, 64);

    @AfterEach
    void stop() {
        placement.destroy();
    }

    @Test
    void requests_that_wait_while_the_placer_is_busy_are_placed_together_in_one_unit_of_work() throws Exception {
        theBakeryHoldsLoaves();
        CompletableFuture<StockOutcome> first = placement.place(command("first"));
        held.awaitPlacing();
        List<CompletableFuture<StockOutcome>> waiting = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            waiting.add(placement.place(command("waiting-" + i)));
        }

        held.release();

        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(StockOutcome.RESERVED);
        for (CompletableFuture<StockOutcome> answer : waiting) {
            assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo(StockOutcome.RESERVED);
        }
        assertThat(unitsOfWork.get()).as("the first alone, then the five together").isEqualTo(2);
    }

    @Test
    void a_placement_that_fails_in_a_group_fails_alone_and_the_others_are_placed_each_on_their_own()
            throws Exception {
        theBakeryHoldsLoaves();
        doAnswer(call -> {
            throw new IllegalStateException("acceptance is down");
        }).when(commands).sendAndWait(argThat(command -> command instanceof AcceptReservationCommand accept
                && accept.reservationId().equals("broken")));
        CompletableFuture<StockOutcome> first = placement.place(command("first"));
        held.awaitPlacing();
        CompletableFuture<StockOutcome> before = placement.place(command("before"));
        CompletableFuture<StockOutcome> broken = placement.place(command("broken"));
        CompletableFuture<StockOutcome> after = placement.place(command("after"));

        held.release();

        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(StockOutcome.RESERVED);
        assertThat(before.get(5, TimeUnit.SECONDS)).isEqualTo(StockOutcome.RESERVED);
        assertThat(after.get(5, TimeUnit.SECONDS)).isEqualTo(StockOutcome.RESERVED);
        assertThatThrownBy(() -> broken.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasRootCauseMessage("acceptance is down");
        assertThat(unitsOfWork.get()).as("first; the group of three; then each of the three alone").isEqualTo(5);
        assertThat(rolledBack.get()).as("the group, and the broken one alone").isEqualTo(2);
    }

    /** Every decision is "reserved"; each unit of work a decision is taken in is counted once, with its end. */
    private void theBakeryHoldsLoaves() {
        when(commands.sendAndWait(any(ReserveStockCommand.class), anyLong(), any(TimeUnit.class))).thenAnswer(call -> {
            CurrentUnitOfWork.get().root().getOrComputeResource("counted", key -> {
                unitsOfWork.incrementAndGet();
                CurrentUnitOfWork.get().root().onRollback(unitOfWork -> rolledBack.incrementAndGet());
                return true;
            });
            return StockOutcome.RESERVED;
        });
    }

    private static PlaceReservationCommand command(String reservationId) {
        return new PlaceReservationCommand(reservationId, "melon-pan", 1, "hash-of-secret");
    }
}
