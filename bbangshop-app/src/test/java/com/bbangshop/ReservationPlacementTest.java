package com.bbangshop;

import com.bbangshop.api.reservation.AcceptReservationCommand;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reserve request places the reservation, takes the bakery's decision and records it on the reservation in one
 * transaction: the answer is already what the event store says, and a failure on the way leaves nothing behind.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ReservationPlacementTest.BrokenAcceptance.class)
@DirtiesContext
class ReservationPlacementTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void embeddedDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("bbangshop.data-dir", dataDir::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BrokenAcceptance acceptance;

    @AfterEach
    void repair() {
        acceptance.broken.set(false);
    }

    @Test
    void anAcceptedAnswerIsAlreadyRecordedOnTheReservationAndTheBread() {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("placement cookie", 1);

        BbangshopClient.Response accepted = shop.post("/reservations", Map.of("breadId", breadId));
        BbangshopClient.Response soldOut = shop.post("/reservations", Map.of("breadId", breadId));

        assertThat(accepted.status()).isEqualTo(201);
        assertThat(accepted.text("status")).isEqualTo("ACCEPTED");
        assertThat(eventsOf(accepted.text("reservationId")))
                .startsWith("ReservationPlacedEvent", "ReservationAcceptedEvent");
        assertThat(soldOut.status()).isEqualTo(409);
        assertThat(eventsOf(soldOut.text("reservationId")))
                .startsWith("ReservationPlacedEvent", "ReservationSoldOutEvent");
        assertThat(stockEventsFor(breadId)).containsExactly("BreadRegisteredEvent", "StockReservedEvent",
                "StockSoldOutEvent");
    }

    @Test
    void aPlacementThatFailsOnTheWayLeavesNoReservationAndTakesNoLoaf() {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("fragile cookie", 5);
        long eventsBefore = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        acceptance.broken.set(true);

        BbangshopClient.Response refused = shop.post("/reservations", Map.of("breadId", breadId));

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class))
                .isEqualTo(eventsBefore);
        acceptance.broken.set(false);
        BbangshopClient.Response accepted = shop.post("/reservations", Map.of("breadId", breadId));
        assertThat(accepted.status()).isEqualTo(201);
        assertThat(stockEventsFor(breadId)).containsExactly("BreadRegisteredEvent", "StockReservedEvent");
    }

    private List<String> eventsOf(String aggregateId) {
        return jdbc.queryForList("select payload_type from domain_event_entry where aggregate_identifier = ? "
                        + "order by sequence_number", String.class, aggregateId).stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    private List<String> stockEventsFor(String breadId) {
        return eventsOf(breadId);
    }

    /** Refuses every acceptance while broken: a database or bus failure after the decision was taken. */
    @TestConfiguration
    static class BrokenAcceptance implements MessageHandlerInterceptor<CommandMessage<?>> {

        final AtomicBoolean broken = new AtomicBoolean();

        @Override
        public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
                throws Exception {
            if (broken.get() && unitOfWork.getMessage().getPayload() instanceof AcceptReservationCommand) {
                throw new IllegalStateException("acceptance is down");
            }
            return chain.proceed();
        }
    }
}
