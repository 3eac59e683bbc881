package com.bbangshop.reservation;

import com.bbangshop.api.reservation.AcceptReservationCommand;
import com.bbangshop.api.reservation.PlaceReservationCommand;
import com.bbangshop.api.stock.CheckStockCommand;
import com.bbangshop.api.stock.ReserveStockCommand;
import com.bbangshop.api.stock.StockCheck;
import com.bbangshop.api.stock.StockChecks;
import com.bbangshop.api.stock.StockDecisions;
import com.bbangshop.api.stock.StockOutcome;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.axonframework.commandhandling.AsynchronousCommandBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Apart, every command a placement sends comes back to a handler on another thread, in a transaction of its own, as
 * Axon Server routes it: a placement thread that held a pooled connection while it waited would starve those
 * handlers. Here sixteen placement threads share a pool of two connections with the handlers, and every one of 64
 * concurrent reservations is decided, well within the pool's own time-out for a connection.
 */
class ReservationPlacementPoolTest {

    private static final int POOL = 2;

    private final HikariDataSource pool = pool();
    private final JdbcTemplate jdbc = new JdbcTemplate(pool);
    private final ExecutorService handlerThreads = Executors.newFixedThreadPool(8, new AxonThreadFactory("handlers"));
    private final ReservationPlacement placement = new ReservationPlacement(
            DefaultCommandGateway.builder().commandBus(routedElsewhere()).build(), Duration.ofSeconds(3), 16, 1);

    @AfterEach
    void stop() {
        placement.destroy();
        handlerThreads.shutdownNow();
        pool.close();
    }

    @Test
    void many_concurrent_placements_against_a_pool_of_two_are_all_decided() throws Exception {
        List<CompletableFuture<ReservationDecision>> answers = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            answers.add(placement.place(new PlaceReservationCommand("r-" + i, "melon-pan", 1, "hash-of-secret")));
        }

        for (CompletableFuture<ReservationDecision> answer : answers) {
            assertThat(answer.get(20, TimeUnit.SECONDS).outcome()).isEqualTo(StockOutcome.RESERVED);
        }
        assertThat(jdbc.queryForObject("select count(*) from handled", Long.class)).isEqualTo(64 * 4);
    }

    /** Each command handled on the handler threads, in its own transaction, writing to the shared pool. */
    private CommandBus routedElsewhere() {
        jdbc.execute("create table handled (command varchar(64))");
        CommandBus bus = AsynchronousCommandBus.builder().executor(handlerThreads)
                .transactionManager(new SpringTransactionManager(new DataSourceTransactionManager(pool)))
                .build();
        bus.subscribe(CheckStockCommand.class.getName(), command -> handled(command,
                new StockChecks(List.of(StockCheck.ENOUGH))));
        bus.subscribe(PlaceReservationCommand.class.getName(), command -> handled(command, null));
        bus.subscribe(ReserveStockCommand.class.getName(), command -> handled(command,
                new StockDecisions(List.of(StockOutcome.RESERVED))));
        bus.subscribe(AcceptReservationCommand.class.getName(), command -> handled(command, null));
        return bus;
    }

    private Object handled(CommandMessage<?> command, Object answer) {
        jdbc.update("insert into handled values (?)", command.getPayloadType().getSimpleName());
        return answer;
    }

    private static HikariDataSource pool() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:placement-pool-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        config.setMaximumPoolSize(POOL);
        config.setConnectionTimeout(Duration.ofSeconds(2).toMillis());
        return new HikariDataSource(config);
    }
}
