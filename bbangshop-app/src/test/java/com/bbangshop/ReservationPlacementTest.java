package com.bbangshop;

import com.bbangshop.api.assignment.AssignBakerCommand;
import com.bbangshop.api.assignment.AssignFirstBakerCommand;
import com.bbangshop.api.assignment.AssignmentId;
import com.bbangshop.api.reservation.AcceptReservationCommand;
import com.bbangshop.live.SseClient;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reserve request places the reservation, takes the bakery's decision and records it on the reservation in one
 * transaction: the answer is already what the event store says, and a failure on the way leaves nothing behind. The
 * baker and the confirmation are the saga's, after the answer. The read side follows a moment later; reading or
 * watching the reservation in that moment waits for it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"bbangshop.read-side.catch-up=PT4S", "bbangshop.reservation.placement-threads=1",
                "bbangshop.reservation.decision-timeout=PT2S"})
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

    /** The events' own database (service-autoconfigure's EventStoreDatabase). */
    @Autowired
    @Qualifier("eventStore")
    DataSource eventStore;

    @Autowired
    BrokenAcceptance acceptance;

    @Autowired
    org.axonframework.config.Configuration axon;

    @AfterEach
    void repair() {
        acceptance.broken.set(false);
        acceptance.assignmentBroken.set(false);
        acceptance.slowMillis.set(0);
    }

    @Test
    void anAcceptedAnswerIsAlreadyRecordedOnTheReservationAndTheBreadAndTheSagaBringsTheBaker() {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("placement cookie", 1);

        BbangshopClient.Response accepted = shop.post("/reservations", Map.of("breadId", breadId));
        BbangshopClient.Response soldOut = shop.post("/reservations", Map.of("breadId", breadId));

        assertThat(accepted.status()).isEqualTo(201);
        assertThat(accepted.text("status")).isEqualTo("ACCEPTED");
        String reservationId = accepted.text("reservationId");
        assertThat(eventsOf(reservationId).subList(0, 2)).as("recorded before the answer")
                .containsExactly("ReservationPlacedEvent", "ReservationAcceptedEvent");
        shop.awaitJson("/reservations/" + reservationId, page -> page.path("status").asText().equals("CONFIRMED"),
                Duration.ofSeconds(10));
        assertThat(eventsOf(AssignmentId.of(reservationId))).containsExactly("BakerAssignedEvent");
        assertThat(acceptance.assignments).as("the saga asks for the first baker without a lookup")
                .filteredOn(assignment -> assignment.startsWith(reservationId))
                .containsExactly(reservationId + ": AssignFirstBakerCommand");
        assertThat(soldOut.status()).isEqualTo(409);
        assertThat(stockEventsFor(breadId)).containsExactly("BreadRegisteredEvent", "StockReservedEvent",
                "StockCheckedSoldOutEvent");
    }

    @Test
    void aSecondFirstAssignmentForTheSameReservationFailsAndLeavesTheFirstBaker() {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("assigned once cookie", 1);
        String reservationId = shop.post("/reservations", Map.of("breadId", breadId)).text("reservationId");
        shop.awaitJson("/reservations/" + reservationId, page -> page.path("status").asText().equals("CONFIRMED"),
                Duration.ofSeconds(10));
        CommandGateway commands = axon.commandGateway();

        assertThatThrownBy(() -> commands.sendAndWait(new AssignFirstBakerCommand(reservationId, breadId, 1)))
                .isInstanceOf(AggregateStreamCreationException.class);

        assertThat(eventsOf(AssignmentId.of(reservationId))).containsExactly("BakerAssignedEvent");
    }

    @Test
    void aBakeryThatCannotAssignABakerNowStillSellsTheLoaf() {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("baker-less cookie", 3);
        acceptance.assignmentBroken.set(true);

        BbangshopClient.Response accepted = shop.post("/reservations", Map.of("breadId", breadId));

        assertThat(accepted.status()).isEqualTo(201);
        assertThat(stockEventsFor(breadId)).containsExactly("BreadRegisteredEvent", "StockReservedEvent");
        shop.awaitJson("/reservations/" + accepted.text("reservationId"),
                page -> page.path("status").asText().equals("ACCEPTED") && !page.hasNonNull("baker"),
                Duration.ofSeconds(5));
        assertThat(eventsOf(accepted.text("reservationId")))
                .containsExactly("ReservationPlacedEvent", "ReservationAcceptedEvent");
    }

    @Test
    void aRequestAfterTheLastLoafIsOneSoldOutReservationWithNoSagaAndAPageOfItsOwn() {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("last cookie", 1);
        shop.post("/reservations", Map.of("breadId", breadId));

        BbangshopClient.Response soldOut = shop.post("/reservations", Map.of("breadId", breadId));

        assertThat(soldOut.status()).isEqualTo(409);
        String reservationId = soldOut.text("reservationId");
        assertThat(eventsOf(reservationId)).containsExactly("SoldOutReservationRecordedEvent");
        assertThat(jdbc.queryForObject("select count(*) from association_value_entry where association_value = ?",
                Long.class, reservationId)).isZero();
        BbangshopClient.Response page = shop.get("/reservations/" + reservationId);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("status")).isEqualTo("SOLD_OUT");
        assertThat(page.text("breadId")).isEqualTo(breadId);
    }

    @Test
    void aPlacementThatFailsOnTheWayLeavesNoReservationAndTakesNoLoaf() {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("fragile cookie", 5);
        long eventsBefore = events().queryForObject("select count(*) from domain_event_entry", Long.class);
        acceptance.broken.set(true);

        BbangshopClient.Response refused = shop.post("/reservations", Map.of("breadId", breadId));

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(events().queryForObject("select count(*) from domain_event_entry", Long.class))
                .isEqualTo(eventsBefore);
        acceptance.broken.set(false);
        BbangshopClient.Response accepted = shop.post("/reservations", Map.of("breadId", breadId));
        assertThat(accepted.status()).isEqualTo(201);
        assertThat(stockEventsFor(breadId)).containsExactly("BreadRegisteredEvent", "StockReservedEvent");
    }

    @Test
    void aReservationAnsweredBeforeItsPageIsWrittenCanBeReadAndWatchedAtOnce() throws Exception {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("patient cookie", 3);
        EventProcessor pages = axon.eventProcessingConfiguration().eventProcessor("pages").orElseThrow();
        pages.shutDown();
        try {
            String reservationId = shop.post("/reservations", Map.of("breadId", breadId)).text("reservationId");
            CompletableFuture<BbangshopClient.Response> read =
                    CompletableFuture.supplyAsync(() -> shop.get("/reservations/" + reservationId));
            CompletableFuture<SseClient> watch =
                    CompletableFuture.supplyAsync(() -> SseClient.open(port, "/live/reservations/" + reservationId));
            Thread.sleep(500);
            assertThat(read).isNotDone();
            assertThat(watch).isNotDone();

            pages.start();

            assertThat(read.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
            try (SseClient stream = watch.get(10, TimeUnit.SECONDS)) {
                assertThat(stream.next(Duration.ofSeconds(5)).data()).contains(reservationId);
            }
        } finally {
            pages.start();
        }
    }

    @Test
    void anUnknownReservationIsStillNotFoundAfterTheWait() {
        BbangshopClient shop = new BbangshopClient(port);
        assertThat(shop.get("/reservations/no-such-reservation").status()).isEqualTo(404);
        assertThat(SseClient.refusalStatus(port, "/live/reservations/no-such-reservation")).isEqualTo(404);
    }

    @Test
    void aRequestThatCannotBePlacedWithinTheDecisionTimeoutHearsBusyAndIsNeverPlaced() throws Exception {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("crowded cookie", 5);
        acceptance.slowMillis.set(3500); // the only placement thread is busy for longer than the timeout
        CompletableFuture<BbangshopClient.Response> first =
                CompletableFuture.supplyAsync(() -> shop.post("/reservations", Map.of("breadId", breadId)));
        Thread.sleep(300);

        BbangshopClient.Response second = shop.post("/reservations", Map.of("breadId", breadId));

        assertThat(second.status()).isEqualTo(503);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.body().path("reservationId").isMissingNode()).isTrue();
        assertThat(first.get(10, TimeUnit.SECONDS).status()).as("the slow one is answered when it is decided")
                .isEqualTo(201);
        Thread.sleep(500); // the second one's turn came after its answer: it must have been dropped, not placed
        assertThat(stockEventsFor(breadId)).containsExactly("BreadRegisteredEvent", "StockReservedEvent");
    }

    private List<String> eventsOf(String aggregateId) {
        return events().queryForList("select payload_type from domain_event_entry where aggregate_identifier = ? "
                        + "order by sequence_number", String.class, aggregateId).stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    private JdbcTemplate events() {
        return new JdbcTemplate(eventStore);
    }

    private List<String> stockEventsFor(String breadId) {
        return eventsOf(breadId);
    }

    /**
     * Refuses every acceptance while broken (a failure after the decision was taken), or makes it slow; refuses every
     * baker assignment while assignmentBroken.
     */
    @TestConfiguration
    static class BrokenAcceptance implements MessageHandlerInterceptor<CommandMessage<?>> {

        final AtomicBoolean broken = new AtomicBoolean();
        final AtomicBoolean assignmentBroken = new AtomicBoolean();
        final AtomicLong slowMillis = new AtomicLong();
        /** Every baker assignment asked for, as "reservation id: command". */
        final List<String> assignments = new CopyOnWriteArrayList<>();

        @Override
        public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
                throws Exception {
            Object command = unitOfWork.getMessage().getPayload();
            if (command instanceof AssignBakerCommand assign) {
                assignments.add(assign.reservationId() + ": AssignBakerCommand");
            } else if (command instanceof AssignFirstBakerCommand first) {
                assignments.add(first.reservationId() + ": AssignFirstBakerCommand");
            }
            if ((command instanceof AssignBakerCommand || command instanceof AssignFirstBakerCommand)
                    && assignmentBroken.get()) {
                throw new IllegalStateException("baker assignment is down");
            }
            if (unitOfWork.getMessage().getPayload() instanceof AcceptReservationCommand) {
                if (broken.get()) {
                    throw new IllegalStateException("acceptance is down");
                }
                Thread.sleep(slowMillis.get());
            }
            return chain.proceed();
        }
    }
}
