package com.bbangshop.reservation;

import com.bbangshop.api.reservation.AcceptReservationCommand;
import com.bbangshop.api.reservation.PlaceReservationCommand;
import com.bbangshop.api.stock.CheckStockCommand;
import com.bbangshop.api.stock.ReserveStockCommand;
import com.bbangshop.api.stock.StockCheck;
import com.bbangshop.api.stock.StockChecks;
import com.bbangshop.api.stock.StockDecisions;
import com.bbangshop.api.stock.StockOutcome;
import org.axonframework.commandhandling.AsynchronousCommandBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.AxonThreadFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Apart, every command is a round trip to a handler elsewhere: the placement sends a group's commands together. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReservationPlacementApartTest {

    private static final Duration TIMEOUT = Duration.ofMillis(500);

    private final ExecutorService handlerThreads = Executors.newFixedThreadPool(16, new AxonThreadFactory("elsewhere"));
    private final AtomicInteger placing = new AtomicInteger();
    private final AtomicInteger mostPlacingAtOnce = new AtomicInteger();
    private final List<Integer> decidedTogether = Collections.synchronizedList(new ArrayList<>());
    private volatile Duration bakeryTakes = Duration.ZERO;
    private final ReservationPlacement placement = new ReservationPlacement(
            DefaultCommandGateway.builder().commandBus(elsewhere()).build(), TIMEOUT, 1, 64);

    @AfterEach
    void stop() {
        placement.destroy();
        handlerThreads.shutdownNow();
    }

    @Test
    void a_group_is_placed_side_by_side_and_decided_in_one_command() throws Exception {
        List<CompletableFuture<ReservationDecision>> answers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            answers.add(placement.place(new PlaceReservationCommand("r-" + i, "melon-pan", 1, "hash")));
        }

        for (CompletableFuture<ReservationDecision> answer : answers) {
            assertThat(answer.get(10, TimeUnit.SECONDS).outcome()).isEqualTo(StockOutcome.RESERVED);
        }
        assertThat(mostPlacingAtOnce.get()).as("reservations being placed at the same time").isGreaterThan(1);
        assertThat(decidedTogether.stream().mapToInt(Integer::intValue).sum()).isEqualTo(40);
        assertThat(decidedTogether.size()).as("stock commands for 40 requests").isLessThan(40);
    }

    @Test
    void a_bakery_that_answers_after_the_decision_timeout_leaves_the_customer_to_try_again() {
        bakeryTakes = TIMEOUT.multipliedBy(4);
        long start = System.nanoTime();

        CompletableFuture<ReservationDecision> answer = placement.place(new PlaceReservationCommand("r", "melon-pan", 1, "h"));

        assertThatThrownBy(() -> answer.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(NoStockDecisionException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the check and the decision each wait a timeout")
                .isLessThan(TIMEOUT.multipliedBy(3));
    }

    private CommandBus elsewhere() {
        CommandBus bus = AsynchronousCommandBus.builder().executor(handlerThreads).build();
        bus.subscribe(CheckStockCommand.class.getName(), message -> {
            Thread.sleep(bakeryTakes.toMillis());
            return new StockChecks(Collections.nCopies(((CheckStockCommand) message.getPayload()).requests().size(),
                    StockCheck.ENOUGH));
        });
        bus.subscribe(PlaceReservationCommand.class.getName(), message -> {
            mostPlacingAtOnce.accumulateAndGet(placing.incrementAndGet(), Math::max);
            Thread.sleep(20);
            placing.decrementAndGet();
            return null;
        });
        bus.subscribe(ReserveStockCommand.class.getName(), message -> {
            Thread.sleep(bakeryTakes.toMillis());
            int asked = ((ReserveStockCommand) message.getPayload()).requests().size();
            decidedTogether.add(asked);
            return new StockDecisions(Collections.nCopies(asked, StockOutcome.RESERVED));
        });
        bus.subscribe(AcceptReservationCommand.class.getName(), message -> null);
        return bus;
    }
}
