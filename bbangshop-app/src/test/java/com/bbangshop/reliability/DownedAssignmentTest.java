package com.bbangshop.reliability;

import com.bbangshop.BbangshopClient;
import com.bbangshop.api.assignment.AssignBakerCommand;
import com.bbangshop.api.assignment.AssignFirstBakerCommand;
import com.bbangshop.api.assignment.DeleteAssignmentCommand;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeds 000, 003, 004: while baker assignment is down, reservations are still accepted and cancellations still put the
 * loaves back on sale; the saga retries with a capped back-off, flags what waits too long for staff, and finishes
 * everything once assignment is back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "bbangshop.saga.decision-window=PT1S",
        "bbangshop.saga.retry.initial=PT1S",
        "bbangshop.saga.retry.max=PT2S",
        "bbangshop.saga.retry.flag-after=PT4S",
        "bbangshop.reservation.decision-timeout=PT2S"})
@Import(DownedAssignmentTest.AssignmentOutage.class)
@DirtiesContext
class DownedAssignmentTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration MAX_BACK_OFF = Duration.ofSeconds(2);
    private static final Duration CLOCK_SLACK = Duration.ofMillis(250);

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void embeddedDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("bbangshop.data-dir", dataDir::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    AssignmentOutage outage;

    @Test
    void aDownedBakerAssignmentDelaysReservationsAndCancellationsButNeverBreaksThem() {
        BbangshopClient shop = new BbangshopClient(port);
        BbangshopClient staff = shop.asStaff();
        String breadId = shop.registerBread("outage rye", 10);
        Reserved confirmedBefore = reserve(shop, breadId);
        shop.awaitJson("/reservations/" + confirmedBefore.id(), r -> r.path("status").asText().equals("CONFIRMED"),
                WAIT);

        outage.down.set(true);
        List<Reserved> accepted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Reserved reservation = reserve(shop, breadId);
            assertThat(reservation.status()).as("accepted without a baker").isEqualTo("ACCEPTED");
            accepted.add(reservation);
        }
        Reserved canceledWhileAccepted = accepted.remove(0);
        shop.awaitJson("/breads/" + breadId, bread -> bread.path("remaining").asInt() == 6, WAIT);

        assertThat(cancel(shop, confirmedBefore).status()).as("the deletion of its assignment is pending")
                .isEqualTo(202);
        assertThat(cancel(shop, canceledWhileAccepted).status()).isEqualTo(202);
        shop.awaitJson("/breads/" + breadId, bread -> bread.path("remaining").asInt() == 8, WAIT);
        assertThat(staff.get("/assignments").body().path("items").findValuesAsText("reservationId"))
                .as("the confirmed one's baker is not taken off while assignment is down")
                .contains(confirmedBefore.id());

        JsonNode flagged = staff.awaitJson("/reservations?flagged=true", list -> list.path("total").asInt() == 4,
                WAIT);
        assertThat(flagged.path("items")).allSatisfy(page -> assertThat(page.path("flagged").asBoolean()).isTrue());
        assertThat(stepsFlagged(flagged, accepted)).containsOnly("ASSIGNING_BAKER");
        assertThat(stepsFlagged(flagged, List.of(confirmedBefore, canceledWhileAccepted)))
                .containsOnly("DELETING_ASSIGNMENT");
        assertThat(statuses(flagged, accepted)).as("a flag is not a status").containsOnly("ACCEPTED");
        assertThat(statuses(flagged, List.of(confirmedBefore, canceledWhileAccepted)))
                .containsOnly("CANCELLATION_REQUESTED");

        List<Long> attempts = outage.assignAttempts(accepted.get(0).id());
        assertThat(attempts).as("it keeps asking").hasSizeGreaterThanOrEqualTo(3);
        for (int i = 2; i < attempts.size(); i++) {
            assertThat(Duration.ofNanos(attempts.get(i) - attempts.get(i - 1)))
                    .as("retry %d waits the capped back-off", i)
                    .isGreaterThanOrEqualTo(MAX_BACK_OFF.minus(CLOCK_SLACK));
        }
        assertThat(outage.deletionsRefused.get()).as("the deletions really were refused").isTrue();

        outage.down.set(false);
        for (Reserved reservation : accepted) {
            assertThat(shop.awaitJson("/reservations/" + reservation.id(),
                    r -> r.path("status").asText().equals("CONFIRMED") && !r.path("flagged").asBoolean(), WAIT)
                    .path("baker").asText()).isNotBlank();
        }
        for (Reserved reservation : List.of(confirmedBefore, canceledWhileAccepted)) {
            shop.awaitJson("/reservations/" + reservation.id(),
                    r -> r.path("status").asText().equals("CANCELED") && !r.path("flagged").asBoolean(), WAIT);
        }
        assertThat(staff.get("/reservations?flagged=true").body().path("total").asInt()).isZero();
        List<String> assigned = staff.awaitJson("/assignments", list -> list.path("total").asInt() == 2, WAIT)
                .path("items").findValuesAsText("reservationId");
        assertThat(assigned).containsExactlyInAnyOrderElementsOf(accepted.stream().map(Reserved::id).toList());
        assertThat(shop.get("/breads/" + breadId).body().path("remaining").asInt()).isEqualTo(8);
    }

    private record Reserved(String id, String status, String secret) {
    }

    private static Reserved reserve(BbangshopClient shop, String breadId) {
        BbangshopClient.Response answer = shop.post("/reservations", Map.of("breadId", breadId));
        assertThat(answer.status()).isEqualTo(201);
        return new Reserved(answer.text("reservationId"), answer.text("status"), answer.text("cancelSecret"));
    }

    private static BbangshopClient.Response cancel(BbangshopClient shop, Reserved reservation) {
        return shop.patch("/reservations/" + reservation.id(), Map.of("status", "cancellation"),
                Map.of("X-Cancel-Secret", reservation.secret()));
    }

    private static List<String> stepsFlagged(JsonNode list, List<Reserved> reservations) {
        return field(list, reservations, "flaggedStep");
    }

    private static List<String> statuses(JsonNode list, List<Reserved> reservations) {
        return field(list, reservations, "status");
    }

    private static List<String> field(JsonNode list, List<Reserved> reservations, String field) {
        List<String> ids = reservations.stream().map(Reserved::id).toList();
        List<String> values = new ArrayList<>();
        list.path("items").forEach(page -> {
            if (ids.contains(page.path("reservationId").asText())) {
                values.add(page.path(field).asText());
            }
        });
        assertThat(values).as("every one of them is listed").hasSize(ids.size());
        return values;
    }

    /** The bakery's assignment handlers, unreachable while {@code down}: every assign and delete is refused. */
    @TestConfiguration
    static class AssignmentOutage implements MessageHandlerInterceptor<CommandMessage<?>> {

        final AtomicBoolean down = new AtomicBoolean();
        final AtomicBoolean deletionsRefused = new AtomicBoolean();
        private final Map<String, List<Long>> assignAttempts = new ConcurrentHashMap<>();

        @Override
        public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
                throws Exception {
            Object command = unitOfWork.getMessage().getPayload();
            String assigned = command instanceof AssignBakerCommand assign ? assign.reservationId()
                    : command instanceof AssignFirstBakerCommand first ? first.reservationId() : null;
            if (down.get() && assigned != null) {
                assignAttempts.computeIfAbsent(assigned, id -> new CopyOnWriteArrayList<>()).add(System.nanoTime());
                throw new IllegalStateException("baker assignment is down");
            }
            if (down.get() && command instanceof DeleteAssignmentCommand) {
                deletionsRefused.set(true);
                throw new IllegalStateException("baker assignment is down");
            }
            return chain.proceed();
        }

        List<Long> assignAttempts(String reservationId) {
            return List.copyOf(assignAttempts.getOrDefault(reservationId, List.of()));
        }
    }
}
