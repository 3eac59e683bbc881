package com.bbangshop.live;

import com.bbangshop.BbangshopClient;
import com.bbangshop.query.live.LiveStreamMetrics;
import com.bbangshop.query.live.LiveSubscriptionCount;
import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The Server-Sent Event streams of the assembled app, read over HTTP the way a browser's EventSource reads them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "bbangshop.live.heartbeat=PT0.2S",
        "bbangshop.live.coalesce-window=PT0.1S"})
class LiveStreamsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration COALESCE_WINDOW = Duration.ofMillis(100);
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
    LiveStreamMetrics liveMetrics;

    @Test
    void aReservationStreamStartsWithItsCurrentStatusAndFollowsItToCanceled() {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("stream baguette", 10);
        Reserved reservation = reserveAndAwaitConfirmed(shop, breadId);

        try (SseClient stream = SseClient.open(port, "/live/reservations/" + reservation.id())) {
            SseClient.Frame first = stream.next(WAIT);
            assertThat(first.event()).isEqualTo("snapshot");
            assertThat(first.json().path("status").asText()).isEqualTo("CONFIRMED");
            assertThat(first.json().path("baker").asText()).isNotBlank();

            cancel(shop, reservation);

            SseClient.Frame canceled = stream.nextMatching(frame -> frame.json().path("status").asText()
                    .equals("CANCELED"), WAIT);
            assertThat(canceled.event()).isEqualTo("changes");
            assertThat(canceled.json().path("reservationId").asText()).isEqualTo(reservation.id());
        }
    }

    @Test
    void aReservationStreamHearsNothingOfAnotherReservation() {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("filtered focaccia", 10);
        Reserved watched = reserveAndAwaitConfirmed(shop, breadId);

        try (SseClient stream = SseClient.open(port, "/live/reservations/" + watched.id())) {
            assertThat(stream.next(WAIT).event()).isEqualTo("snapshot");

            Reserved other = reserveAndAwaitConfirmed(shop, breadId);
            cancel(shop, other);
            shop.awaitJson("/reservations/" + other.id(), r -> r.path("status").asText().equals("CANCELED"), WAIT);

            int heartbeatsBefore = stream.heartbeats();
            assertThat(stream.framesDuring(COALESCE_WINDOW.multipliedBy(5))).as("frames about another reservation")
                    .isEmpty();
            assertThat(stream.heartbeats()).as("the stream was alive all along").isGreaterThan(heartbeatsBefore);

            assertThat(shop.asStaff().post("/reservations/" + watched.id() + "/pickup", Map.of()).status())
                    .isEqualTo(200);
            assertThat(stream.next(WAIT).json().path("status").asText()).isEqualTo("PICKED_UP");
        }
    }

    @Test
    void theBreadStreamStartsWithEveryBreadAndSendsEachNewRemainingCount() {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("counted croissant", 5);

        try (SseClient stream = SseClient.open(port, "/live/breads")) {
            SseClient.Frame first = stream.next(WAIT);
            assertThat(first.event()).isEqualTo("snapshot");
            assertThat(bread(first, breadId).path("remaining").asInt()).isEqualTo(5);

            assertThat(shop.post("/reservations", Map.of("breadId", breadId, "quantity", 2)).status())
                    .isEqualTo(201);
            assertThat(bread(stream.nextMatching(frame -> remainingOf(frame, breadId) == 3, WAIT), breadId)
                    .path("reserved").asInt()).isEqualTo(2);

            shop.asStaff().post("/breads/" + breadId + "/restock", Map.of("quantity", 4));
            assertThat(bread(stream.nextMatching(frame -> remainingOf(frame, breadId) == 7, WAIT), breadId)
                    .path("editionSize").asInt()).isEqualTo(9);
        }
    }

    @Test
    void soldOutAnswersThatChangeNoCountSendTheBreadsWatchersNothing() {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("last loaf loaf", 1);

        try (SseClient stream = SseClient.open(port, "/live/breads")) {
            assertThat(stream.next(WAIT).event()).isEqualTo("snapshot");
            assertThat(shop.post("/reservations", Map.of("breadId", breadId)).status()).isEqualTo(201);
            stream.nextMatching(frame -> remainingOf(frame, breadId) == 0, WAIT);

            for (int i = 0; i < 3; i++) {
                assertThat(shop.post("/reservations", Map.of("breadId", breadId)).status()).isEqualTo(409);
            }

            assertThat(stream.framesDuring(COALESCE_WINDOW.multipliedBy(3))).as("the count did not change")
                    .noneMatch(frame -> remainingOf(frame, breadId) >= 0);
        }
    }

    @Test
    void aBurstOfAThousandStockChangesReachesAWatcherAsAFewFramesEndingWithTheFinalCount() throws Exception {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("burst bagel", 1);
        int restocks = 1000;

        try (SseClient stream = SseClient.open(port, "/live/breads")) {
            assertThat(stream.next(WAIT).event()).isEqualTo("snapshot");
            long started = System.nanoTime();
            restockAllAtOnce(shop, breadId, restocks);
            List<SseClient.Frame> frames = stream.framesUntil(frame -> remainingOf(frame, breadId) == 1 + restocks,
                    WAIT);
            long windowsElapsed = Duration.ofNanos(System.nanoTime() - started).dividedBy(COALESCE_WINDOW);

            List<Integer> counts = frames.stream().map(frame -> remainingOf(frame, breadId))
                    .filter(remaining -> remaining >= 0).toList();
            assertThat(counts).as("at most one frame per coalescing window").hasSizeLessThanOrEqualTo(
                    (int) windowsElapsed + 1);
            // the bound per window above is the guarantee; this one only says a busy machine's slow burst still
            // shares frames
            assertThat(counts).as("coalesced").hasSizeLessThan(restocks / 4);
            assertThat(counts).as("never older than a count already sent").isSorted();
            assertThat(counts.get(counts.size() - 1)).isEqualTo(1 + restocks);
            assertThat(stream.framesDuring(COALESCE_WINDOW.multipliedBy(3))).as("nothing after the final count")
                    .noneMatch(frame -> remainingOf(frame, breadId) >= 0);
        }
    }

    @Test
    void thePagesStreamShowsANewReservationUntilItIsConfirmed() {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("paged pretzel", 3);

        try (SseClient stream = SseClient.openAsStaff(port, "/live/pages")) {
            assertThat(stream.next(WAIT).event()).isEqualTo("snapshot");

            String reservationId = shop.post("/reservations", Map.of("breadId", breadId)).text("reservationId");

            SseClient.Frame confirmed = stream.nextMatching(frame -> frame.event().equals("changes")
                    && statusIn(frame, reservationId).equals("CONFIRMED"), WAIT);
            assertThat(confirmed.json().findValuesAsText("breadName")).contains("paged pretzel");
        }
        try (SseClient stream = SseClient.openAsStaff(port, "/live/pages")) {
            SseClient.Frame first = stream.next(WAIT);
            assertThat(first.json().findValuesAsText("breadName")).as("the snapshot holds it now")
                    .contains("paged pretzel");
        }
    }

    @Test
    void theAssignmentsStreamShowsABakerAssignedAndTheAssignmentDeletedOnCancel() {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("assigned anpan", 3);

        try (SseClient stream = SseClient.openAsStaff(port, "/live/assignments")) {
            assertThat(stream.next(WAIT).event()).isEqualTo("snapshot");

            Reserved reservation = reserveAndAwaitConfirmed(shop, breadId);
            JsonNode made = change(stream.nextMatching(frame -> change(frame, reservation.id()) != null, WAIT),
                    reservation.id());
            assertThat(made.path("assignment").path("baker").asText()).isNotBlank();
            assertThat(made.path("assignment").path("breadId").asText()).isEqualTo(breadId);

            cancel(shop, reservation);
            JsonNode deleted = change(stream.nextMatching(frame -> {
                JsonNode change = change(frame, reservation.id());
                return change != null && change.path("assignment").isNull();
            }, WAIT), reservation.id());
            assertThat(deleted.path("reservationId").asText()).isEqualTo(reservation.id());
        }
    }

    @Test
    void aThousandOpenedAndClosedStreamsLeaveNoSubscriptionBehind() {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("leak-free loaf", 5);
        Reserved reservation = reserveAndAwaitConfirmed(shop, breadId);
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        liveMetrics.bindTo(metrics);
        JsonNode before = awaitSubscriptions(shop, count -> count.path("openStreams").asInt() == 0
                && count.path("subscriptionQueries").asInt() == 0);
        List<String> streams = List.of("/live/breads", "/live/pages", "/live/assignments",
                "/live/reservations/" + reservation.id());

        for (int cycle = 0; cycle < 1000; cycle++) {
            try (SseClient stream = SseClient.openAsStaff(port, streams.get(cycle % streams.size()))) {
                assertThat(stream.next(WAIT).event()).isEqualTo("snapshot");
            }
        }
        try (SseClient open = SseClient.open(port, "/live/breads")) {
            open.next(WAIT);
            assertThat(metrics.get("bbangshop.live.streams").gauge().value()).isGreaterThanOrEqualTo(1);
        }

        JsonNode after = awaitSubscriptions(shop, count -> count.equals(before));
        assertThat(after).isEqualTo(before);
        assertThat(metrics.get("bbangshop.live.streams").gauge().value())
                .isEqualTo(before.path("openStreams").asDouble());
        assertThat(metrics.get("bbangshop.live.subscription.queries").gauge().value())
                .isEqualTo(before.path("subscriptionQueries").asDouble());
    }

    /** Tomcat drops a HEAD answer's body, so a stream opened for one would never see its client go. */
    @Test
    void aHeadRequestForAStreamIsRefusedWithoutOpeningOne() throws Exception {
        BbangshopClient shop = new BbangshopClient(port);
        Reserved reservation = reserveAndAwaitConfirmed(shop, shop.registerBread("headless hotteok", 5));
        JsonNode before = awaitSubscriptions(shop, count -> count.path("openStreams").asInt() == 0
                && count.path("subscriptionQueries").asInt() == 0);

        for (String stream : List.of("/live/breads", "/live/pages", "/live/assignments",
                "/live/reservations/" + reservation.id())) {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + stream)).header("Authorization", BbangshopClient.basic(BbangshopClient.STAFF_USER,
                            BbangshopClient.STAFF_PASSWORD)).method("HEAD", HttpRequest.BodyPublishers.noBody())
                    .timeout(WAIT).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).as(stream).isEqualTo(405);
            assertThat(answer.headers().firstValue("Allow")).as(stream).hasValue("GET");
            assertThat(answer.headers().firstValue("Content-Type")).as(stream)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(liveMetrics.count()).as("streams and subscriptions after HEAD " + stream)
                    .isEqualTo(new LiveSubscriptionCount(before.path("openStreams").asInt(),
                            before.path("subscriptionQueries").asInt()));
        }
        assertThat(shop.asStaff().get("/live/subscriptions").body()).isEqualTo(before);
    }

    private static JsonNode awaitSubscriptions(BbangshopClient shop, Predicate<JsonNode> settled) {
        return shop.asStaff().awaitJson("/live/subscriptions", settled, WAIT);
    }

    private static String statusIn(SseClient.Frame frame, String reservationId) {
        for (JsonNode page : frame.json()) {
            if (page.path("reservationId").asText().equals(reservationId)) {
                return page.path("status").asText();
            }
        }
        return "";
    }

    private static JsonNode change(SseClient.Frame frame, String reservationId) {
        if (!frame.event().equals("changes")) {
            return null;
        }
        for (JsonNode change : frame.json()) {
            if (change.path("reservationId").asText().equals(reservationId)) {
                return change;
            }
        }
        return null;
    }

    private static JsonNode bread(SseClient.Frame frame, String breadId) {
        for (JsonNode bread : frame.json()) {
            if (bread.path("breadId").asText().equals(breadId)) {
                return bread;
            }
        }
        throw new AssertionError("bread " + breadId + " is not in " + frame);
    }

    private static int remainingOf(SseClient.Frame frame, String breadId) {
        for (JsonNode bread : frame.json()) {
            if (bread.path("breadId").asText().equals(breadId)) {
                return bread.path("remaining").asInt();
            }
        }
        return -1;
    }

    private static void restockAllAtOnce(BbangshopClient shop, String breadId, int restocks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<BbangshopClient.Response>> calls = new ArrayList<>();
            for (int i = 0; i < restocks; i++) {
                calls.add(pool.submit(() -> shop.asStaff().post("/breads/" + breadId + "/restock",
                        Map.of("quantity", 1))));
            }
            for (Future<BbangshopClient.Response> call : calls) {
                assertThat(call.get().status()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    record Reserved(String id, String secret) {
    }

    private static Reserved reserveAndAwaitConfirmed(BbangshopClient shop, String breadId) {
        BbangshopClient.Response answer = shop.post("/reservations", Map.of("breadId", breadId));
        assertThat(answer.status()).isEqualTo(201);
        Reserved reserved = new Reserved(answer.text("reservationId"), answer.text("cancelSecret"));
        shop.awaitJson("/reservations/" + reserved.id(), r -> r.path("status").asText().equals("CONFIRMED"), WAIT);
        return reserved;
    }

    private static void cancel(BbangshopClient shop, Reserved reservation) {
        BbangshopClient.Response answer = shop.patch("/reservations/" + reservation.id(),
                Map.of("status", "cancellation"), Map.of("X-Cancel-Secret", reservation.secret()));
        assertThat(answer.status()).isIn(200, 202);
    }
}
