package com.bbangshop.live;

import com.bbangshop.BbangshopClient;
import com.bbangshop.api.waitlist.LoafOfferedEvent;
import com.bbangshop.api.waitlist.WaitlistJoinedEvent;
import com.bbangshop.api.waitlist.WaitlistLeftEvent;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pickup board and a waiter's card, live in the assembled app. The waitlist's events are published as its write
 * side records them: this is the read side's test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "bbangshop.live.heartbeat=PT0.2S",
        "bbangshop.live.coalesce-window=PT0.1S"})
class PickupBoardAndWaitlistStreamsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void embeddedDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("bbangshop.data-dir", dataDir::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    EventGateway events;

    @Test
    void aCodeIsOnTheBoardWhileBakedMovesToReadyAndLeavesWhenPickedUp() {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("board brioche", 5);
        String reservationId = shop.post("/reservations", Map.of("breadId", breadId)).text("reservationId");
        JsonNode confirmed = shop.awaitJson("/reservations/" + reservationId,
                r -> r.path("status").asText().equals("CONFIRMED"), WAIT);
        String code = confirmed.path("pickupCode").asText();

        try (SseClient board = SseClient.open(port, "/live/board")) {
            SseClient.Frame snapshot = board.next(WAIT);
            assertThat(snapshot.event()).isEqualTo("snapshot");
            assertThat(snapshot.json().path("baking").findValuesAsText("pickupCode")).contains(code);
            assertThat(snapshot.data()).as("codes only").doesNotContain(reservationId, "board brioche");

            BbangshopClient.Response marked = shop.asStaff().post("/reservations/" + reservationId + "/ready",
                    Map.of());
            assertThat(marked.status()).as(marked.toString()).isEqualTo(200);
            String pickupBy = marked.text("pickupBy");
            SseClient.Frame ready = board.nextMatching(frame -> columnOf(frame, code).equals("READY"), WAIT);
            assertThat(ready.event()).isEqualTo("changes");

            JsonNode json = shop.get("/pickup-board").body();
            assertThat(json.path("ready").findValuesAsText("pickupCode")).contains(code);
            assertThat(json.path("baking").findValuesAsText("pickupCode")).doesNotContain(code);
            assertThat(json.toString()).doesNotContain(reservationId);
            JsonNode queues = shop.asStaff().get("/kitchen/queues").body();
            assertThat(queues.path("queues").findValues("ready").toString()).contains(reservationId, code,
                    "board brioche", pickupBy);
            assertThat(shop.asStaff().get("/pages?status=READY").body().path("items")
                    .findValuesAsText("reservationId")).contains(reservationId);

            assertThat(shop.asStaff().post("/reservations/" + reservationId + "/pickup", Map.of()).status())
                    .isEqualTo(200);
            board.nextMatching(frame -> columnOf(frame, code).equals("null"), WAIT);
        }
    }

    @Test
    void theBoardIsPublicAndTheBakersQueuesAreForStaffOnly() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/board")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"board-ready\"", "id=\"board-baking\"", "/js/board.js");

        BbangshopClient shop = new BbangshopClient(port);
        assertThat(shop.get("/pickup-board").status()).isEqualTo(200);
        assertThat(shop.get("/kitchen/queues").status()).isEqualTo(401);
        assertThat(shop.asStaff().get("/kitchen/queues?limit=0").status()).isEqualTo(400);
    }

    @Test
    void aWaitersCardFollowsTheirPlaceAsThoseAheadLeaveOrAreOffered() {
        String breadId = "bread-" + UUID.randomUUID();
        for (String waiterId : new String[]{"w-1", "w-2", "w-3"}) {
            events.publish(new WaitlistJoinedEvent(breadId, waiterId + breadId, "customer", "secret"));
        }

        try (SseClient card = SseClient.open(port, "/live/waitlist/w-3" + breadId)) {
            SseClient.Frame snapshot = card.next(WAIT);
            assertThat(snapshot.event()).isEqualTo("snapshot");
            assertThat(snapshot.json().path("position").asInt()).isEqualTo(3);
            assertThat(snapshot.json().path("status").asText()).isEqualTo("WAITING");

            events.publish(new WaitlistLeftEvent(breadId, "w-1" + breadId));
            assertThat(card.nextMatching(frame -> frame.event().equals("changes"), WAIT).json().path("position")
                    .asInt()).isEqualTo(2);

            events.publish(new LoafOfferedEvent(breadId, "o-1", "w-2" + breadId, Instant.now().plusSeconds(300)));
            assertThat(card.nextMatching(frame -> frame.event().equals("changes"), WAIT).json().path("position")
                    .asInt()).isEqualTo(1);
        }
        assertThat(SseClient.refusalStatus(port, "/live/waitlist/nobody-" + breadId)).isEqualTo(404);
    }

    /** The code's column in a changes frame ("null" once it left the board), or "" if the frame does not name it. */
    private static String columnOf(SseClient.Frame frame, String code) {
        if (!frame.event().equals("changes")) {
            return "";
        }
        for (JsonNode change : frame.json()) {
            if (change.path("pickupCode").asText().equals(code)) {
                return change.path("column").isNull() ? "null" : change.path("column").asText();
            }
        }
        return "";
    }
}
