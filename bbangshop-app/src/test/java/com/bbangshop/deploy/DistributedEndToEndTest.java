package com.bbangshop.deploy;

import com.bbangshop.BbangshopClient;
import com.bbangshop.live.SseClient;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The distributed mode end to end ({@link DistributedShop}): seed 000's REST sequence and a reservation's live stream
 * through the gateway; then bakery-service goes away mid-sale and comes back, and nothing is lost. It holds on an
 * Axon Server that already stores thousands of other reservations.
 */
class DistributedEndToEndTest {

    private static final int ASSIGNMENTS_PAGE = 100;

    @TempDir
    Path workDir;

    @Test
    void theSeedSequenceRunsAcrossServicesAndNoReservationIsLostWhileTheBakeryIsAway() throws Exception {
        try (DistributedShop services = DistributedShop.start(workDir, getClass().getSimpleName())) {
            try {
                BbangshopClient shop = services.client();
                seedSequence(shop, services.gatewayPort());
                nothingIsLostWhileTheBakeryIsAway(shop, services);
            } catch (AssertionError failure) {
                throw services.withLogs(failure);
            }
        }
    }

    private static void seedSequence(BbangshopClient shop, int gatewayPort) {
        String breadId = shop.registerBread("cookie", 100);

        BbangshopClient.Response reserved = shop.post("/reservations", Map.of("breadId", breadId));
        assertThat(reserved.status()).as("POST /reservations " + reserved).isEqualTo(201);
        assertThat(reserved.text("status")).isIn("ACCEPTED", "CONFIRMED");
        String reservationId = reserved.text("reservationId");
        JsonNode confirmed = shop.awaitJson("/reservations/" + reservationId,
                r -> r.path("status").asText().equals("CONFIRMED"), Duration.ofSeconds(20));
        assertThat(confirmed.path("seedStatus").asText()).isEqualTo("breadSucceed");
        shop.asStaff().awaitJson("/reservations?size=100", list -> list.path("items").findValuesAsText("reservationId")
                .contains(reservationId), Duration.ofSeconds(10));
        awaitAssigned(shop.asStaff(), reservationId, true);
        shop.awaitJson("/breads/" + breadId, b -> b.path("remaining").asInt() == 99, Duration.ofSeconds(10));

        try (SseClient live = SseClient.open(gatewayPort, "/live/reservations/" + reservationId)) {
            SseClient.Frame first = live.next(Duration.ofSeconds(10));
            assertThat(first.event()).isEqualTo("snapshot");
            assertThat(first.json().path("status").asText()).isEqualTo("CONFIRMED");

            BbangshopClient.Response canceled = shop.patch("/reservations/" + reservationId,
                    Map.of("status", "cancellation"), Map.of("X-Cancel-Secret", reserved.text("cancelSecret")));
            assertThat(canceled.status()).as("PATCH /reservations/{id}, answered as in one JVM " + canceled)
                    .isEqualTo(200);
            assertThat(canceled.text("status")).isEqualTo("CANCELED");
            live.nextMatching(frame -> frame.json().path("status").asText().equals("CANCELED"),
                    Duration.ofSeconds(10));
        }
        shop.awaitJson("/pages/" + reservationId, p -> p.path("seedStatus").asText().equals("breadCanceled"),
                Duration.ofSeconds(20));
        shop.awaitJson("/breads/" + breadId, b -> b.path("remaining").asInt() == 100, Duration.ofSeconds(10));
        awaitAssigned(shop.asStaff(), reservationId, false);
    }

    /**
     * Stock and baker assignment both live in bakery-service. While it is away nobody can check the stock, so a
     * reserve request holds nothing: it is refused (503, try again) or, at most, taken undecided (202). What was
     * accepted before, and whatever was taken, gets its baker once the bakery is back, and the stock adds up.
     */
    private static void nothingIsLostWhileTheBakeryIsAway(BbangshopClient shop, DistributedShop services)
            throws Exception {
        int edition = 10;
        String breadId = shop.registerBread("rye while the bakery is away", edition);
        List<String> taken = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            BbangshopClient.Response accepted = shop.post("/reservations", Map.of("breadId", breadId));
            assertThat(accepted.status()).as("POST /reservations with the bakery there " + accepted).isEqualTo(201);
            taken.add(accepted.text("reservationId"));
        }
        services.stop("bakery-service");

        for (int i = 0; i < 3; i++) {
            BbangshopClient.Response away = shop.post("/reservations", Map.of("breadId", breadId));
            assertThat(away.status()).as("POST /reservations with the bakery away " + away).isIn(503, 202);
            if (away.status() == 503) {
                assertThat(away.contentType()).startsWith("application/problem+json");
            } else {
                assertThat(away.text("status")).as("nothing decided without the stock").isEqualTo("REQUESTED");
                taken.add(away.text("reservationId"));
            }
        }

        services.restart("bakery-service");
        for (String reservationId : taken) {
            JsonNode page = shop.awaitJson("/reservations/" + reservationId,
                    r -> r.path("status").asText().equals("CONFIRMED"), Duration.ofSeconds(60));
            assertThat(page.path("baker").asText()).isNotBlank();
        }
        shop.awaitJson("/breads/" + breadId, b -> b.path("remaining").asInt() == edition - taken.size(),
                Duration.ofSeconds(10));
    }

    /**
     * Assignments are listed oldest first and a busy store holds thousands: a staff member looks for a new one on the
     * last pages, found from the list's total.
     */
    private static void awaitAssigned(BbangshopClient staff, String reservationId, boolean assigned) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        boolean found;
        do {
            long total = staff.get("/assignments?size=1").body().path("total").asLong();
            int lastPage = (int) (Math.max(0, total - 1) / ASSIGNMENTS_PAGE);
            found = false;
            for (int page = lastPage; page >= Math.max(0, lastPage - 1) && !found; page--) {
                found = staff.get("/assignments?size=" + ASSIGNMENTS_PAGE + "&page=" + page).body().path("items")
                        .findValuesAsText("reservationId").contains(reservationId);
            }
        } while (found != assigned && System.nanoTime() < deadline && pause());
        assertThat(found).as("reservation " + reservationId + " among the newest assignments").isEqualTo(assigned);
    }

    private static boolean pause() {
        try {
            Thread.sleep(100);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
