package com.bbangshop.live;

import com.bbangshop.BbangshopClient;
import com.bbangshop.api.stock.BreadRegisteredEvent;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Rebuilding the read model from the event store gives exactly the rows it had; meanwhile no half view is served. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "bbangshop.live.heartbeat=PT0.2S")
@Import(ReadModelRebuildTest.ReplayGate.class)
class ReadModelRebuildTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final List<String> READ_MODEL_TABLES = List.of("pages", "page_bread_names", "breads",
            "assignments");
    private static final String REBUILDING = "the read model is rebuilding; try again shortly";

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
    ReplayGate replayGate;

    private final Map<String, String> cancelSecrets = new HashMap<>();

    @Test
    void aRebuildAfterAFullDayOfSalesGivesExactlyTheSameRowsAndServesNoHalfViewMeanwhile() {
        BbangshopClient shop = new BbangshopClient(port);
        BbangshopClient staff = shop.asStaff();
        String reservationId = playAFullDay(shop);
        Map<String, List<Map<String, Object>>> before = readModelRows();

        try (SseClient stream = SseClient.open(port, "/live/breads")) {
            assertThat(stream.next(WAIT).event()).isEqualTo("snapshot");
            replayGate.close();

            BbangshopClient.Response started = staff.post("/admin/rebuild", "");
            assertThat(started.status()).isEqualTo(202);
            assertThat(started.text("state")).isEqualTo("REBUILDING");

            assertThat(stream.nextMatching(frame -> frame.event().equals("rebuilding"), WAIT)).isNotNull();
            assertThat(stream.awaitEnd(WAIT)).as("the stream ends so that the browser comes back later").isTrue();
        }
        try {
            for (String view : List.of("/pages", "/breads", "/assignments", "/reservations",
                    "/reservations/" + reservationId)) {
                BbangshopClient.Response refused = staff.get(view);
                assertThat(refused.status()).as(view).isEqualTo(503);
                assertThat(refused.contentType()).as(view).startsWith("application/problem+json");
                assertThat(refused.text("detail")).as(view).isEqualTo(REBUILDING);
            }
            assertThat(SseClient.refusalStatus(port, "/live/breads")).isEqualTo(503);
            assertThat(staff.get("/admin/rebuild").text("state")).isEqualTo("REBUILDING");
            assertThat(staff.post("/admin/rebuild", "").status()).as("one rebuild at a time").isEqualTo(409);
        } finally {
            replayGate.open();
        }

        JsonNode done = staff.awaitJson("/admin/rebuild", status -> status.path("state").asText().equals("READY"),
                WAIT);
        assertThat(done.path("failure").isNull()).isTrue();
        assertThat(readModelRows()).isEqualTo(before);
        assertThat(staff.get("/pages").status()).isEqualTo(200);
        try (SseClient stream = SseClient.open(port, "/live/breads")) {
            assertThat(stream.next(WAIT).json()).hasSize(2);
        }
    }

    /** Two breads, sales up to sold out, a refusal, a cancel, a pickup and a restock. Returns one reservation id. */
    private String playAFullDay(BbangshopClient shop) {
        String scone = shop.registerBread("replay scone", 3);
        String melonpan = shop.registerBread("replay melonpan", 5);
        String first = reserve(shop, scone, 1);
        reserve(shop, scone, 2);
        assertThat(shop.post("/reservations", Map.of("breadId", scone)).status()).isEqualTo(409);
        String canceled = reserve(shop, melonpan, 2);
        String pickedUp = reserve(shop, melonpan, 1);
        awaitStatus(shop, canceled, "CONFIRMED");
        assertThat(shop.patch("/reservations/" + canceled, Map.of("status", "cancellation"),
                Map.of("X-Cancel-Secret", cancelSecrets.get(canceled))).status()).isIn(200, 202);
        awaitStatus(shop, pickedUp, "CONFIRMED");
        BbangshopClient staff = shop.asStaff();
        assertThat(staff.post("/reservations/" + pickedUp + "/pickup", Map.of()).status()).isEqualTo(200);
        assertThat(staff.post("/breads/" + melonpan + "/restock", Map.of("quantity", 4)).status()).isEqualTo(200);

        awaitStatus(shop, canceled, "CANCELED");
        awaitStatus(shop, pickedUp, "PICKED_UP");
        shop.awaitJson("/breads/" + melonpan, bread -> bread.path("remaining").asInt() == 8, WAIT);
        staff.awaitJson("/assignments", list -> list.path("total").asInt() == 3, WAIT);
        staff.awaitJson("/pages", pages -> pages.path("items").findValuesAsText("status").stream()
                .allMatch(status -> List.of("CONFIRMED", "SOLD_OUT", "CANCELED", "PICKED_UP").contains(status)),
                WAIT);
        return first;
    }

    private String reserve(BbangshopClient shop, String breadId, int quantity) {
        BbangshopClient.Response answer = shop.post("/reservations", Map.of("breadId", breadId, "quantity",
                quantity));
        assertThat(answer.status()).isEqualTo(201);
        cancelSecrets.put(answer.text("reservationId"), answer.text("cancelSecret"));
        return answer.text("reservationId");
    }

    private static void awaitStatus(BbangshopClient shop, String reservationId, String status) {
        shop.awaitJson("/reservations/" + reservationId, r -> r.path("status").asText().equals(status), WAIT);
    }

    private Map<String, List<Map<String, Object>>> readModelRows() {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        for (String table : READ_MODEL_TABLES) {
            rows.put(table, jdbc.queryForList("select * from " + table + " order by 1"));
        }
        assertThat(rows.get("pages")).hasSize(5);
        return rows;
    }

    /** Holds the breads projection's replay at its first event until the test has seen what happens meanwhile. */
    @TestConfiguration
    @ProcessingGroup("breads")
    static class ReplayGate {

        private volatile CountDownLatch gate = new CountDownLatch(0);

        void close() {
            gate = new CountDownLatch(1);
        }

        void open() {
            gate.countDown();
        }

        @EventHandler
        void on(BreadRegisteredEvent event, ReplayStatus replay) throws InterruptedException {
            if (replay.isReplay() && !gate.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never opened the replay gate");
            }
        }
    }
}
