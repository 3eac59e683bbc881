package com.bbangshop.reliability;

import com.bbangshop.BbangshopClient;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loaves freed from a sold-out bread are held for its waitlist while the app is killed: one offer accepted, one
 * declined, two open and an accept on its way, and a ready loaf waits at the counter with a short pickup window.
 * After the restart the window's deadline still makes that reservation a no-show, every held loaf ends with exactly
 * one customer or back on sale, every waiter is out of the line, and every loaf of the edition is counted once.
 */
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class OffersSurviveAKillTest {

    private static final int LOAVES = 6;
    private static final int CANCELED = 4;
    private static final int WAITERS = 9;
    private static final Duration START = Duration.ofMinutes(4);
    /** Offers expire one after another once nobody answers them: a hold of 5 s for each of the waiters left. */
    private static final Duration SETTLE = Duration.ofMinutes(4);
    private static final Set<String> OUT_OF_LINE = Set.of("ACCEPTED", "DECLINED", "EXPIRED");

    @TempDir
    Path dataDir;

    private final Path logs = Path.of("target", "offers-survive-a-kill");

    private record Holder(String id, String secret) {
    }

    @Test
    void everyHeldLoafEndsWithExactlyOneCustomerOrBackOnSale() throws Exception {
        String breadId;
        List<Holder> reservations = new ArrayList<>();
        List<Holder> waiters = new ArrayList<>();
        try (AppProcess app = start("offers-open")) {
            BbangshopClient shop = app.client();
            breadId = shop.registerBread("waited brioche", LOAVES);
            for (int i = 0; i < LOAVES; i++) {
                BbangshopClient.Response reserved = shop.post("/reservations", Map.of("breadId", breadId));
                assertThat(reserved.status()).as(reserved.toString()).isEqualTo(201);
                reservations.add(new Holder(reserved.text("reservationId"), reserved.text("cancelSecret")));
            }
            for (int i = 0; i < WAITERS; i++) {
                BbangshopClient.Response joined = shop.post("/waitlist", Map.of("breadId", breadId,
                        "phone", "010-7000-10" + (10 + i)));
                assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
                assertThat(joined.body().path("position").asInt()).isEqualTo(i + 1);
                waiters.add(new Holder(joined.text("waiterId"), joined.text("secret")));
            }
            for (Holder canceled : reservations.subList(0, CANCELED)) {
                assertThat(shop.patch("/reservations/" + canceled.id(), Map.of("status", "cancellation"),
                        Map.of("X-Cancel-Secret", canceled.secret())).status()).isIn(200, 202);
            }
            Holder ready = reservations.get(CANCELED);
            shop.awaitJson("/reservations/" + ready.id(), view -> view.path("status").asText().equals("CONFIRMED"),
                    Duration.ofSeconds(60));
            assertThat(shop.asStaff().post("/reservations/" + ready.id() + "/ready", Map.of()).status())
                    .isIn(200, 202);
            for (Holder offered : waiters.subList(0, CANCELED)) {
                shop.awaitJson("/waitlist/" + offered.id(), view -> view.path("status").asText().equals("OFFERED"),
                        Duration.ofSeconds(60));
            }
            BbangshopClient.Response accepted = shop.post("/waitlist/" + waiters.get(0).id() + "/accept",
                    Map.of("secret", waiters.get(0).secret()));
            assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
            assertThat(shop.post("/waitlist/" + waiters.get(1).id() + "/decline",
                    Map.of("secret", waiters.get(1).secret())).status()).isEqualTo(200);
            CompletableFuture<BbangshopClient.Response> acceptInFlight = CompletableFuture.supplyAsync(() ->
                    shop.post("/waitlist/" + waiters.get(2).id() + "/accept", Map.of("secret", waiters.get(2).secret())));
            Thread.sleep(20);
            app.kill();
            acceptInFlight.handle((answer, failure) -> null).get(60, TimeUnit.SECONDS);
        }

        try (AppProcess app = start("restarted")) {
            BbangshopClient shop = app.client();
            List<JsonNode> ended = new ArrayList<>();
            for (Holder waiter : waiters) {
                ended.add(shop.awaitJson("/waitlist/" + waiter.id(),
                        view -> OUT_OF_LINE.contains(view.path("status").asText()), SETTLE));
            }
            List<String> fromOffers = ended.stream().filter(view -> view.path("status").asText().equals("ACCEPTED"))
                    .map(view -> view.path("reservationId").asText()).toList();
            assertThat(fromOffers).as("the accept answered before the kill").hasSizeBetween(1, 2)
                    .doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).isNotBlank());
            Set<String> codes = new HashSet<>();
            for (String reservationId : fromOffers) {
                JsonNode reservation = shop.awaitJson("/reservations/" + reservationId,
                        view -> view.path("status").asText().equals("CONFIRMED"), SETTLE);
                assertThat(reservation.path("breadId").asText()).isEqualTo(breadId);
                assertThat(codes.add(reservation.path("pickupCode").asText())).as("a code of its own").isTrue();
            }
            shop.awaitJson("/reservations/" + reservations.get(CANCELED).id(),
                    view -> view.path("status").asText().equals("NO_SHOW"), SETTLE);
            for (Holder kept : reservations.subList(CANCELED + 1, LOAVES)) {
                assertThat(shop.get("/reservations/" + kept.id()).text("status")).isEqualTo("CONFIRMED");
            }
            int freed = CANCELED + 1;
            int remaining = shop.awaitJson("/breads/" + breadId,
                    bread -> bread.path("remaining").asInt() == freed - fromOffers.size(), SETTLE)
                    .path("remaining").asInt();
            assertThat(remaining + (LOAVES - freed) + fromOffers.size()).as("on sale + kept + taken from offers")
                    .isEqualTo(LOAVES);
            assertThat(confirmedOf(shop.asStaff(), breadId)).as("no loaf went to a second customer")
                    .isEqualTo(LOAVES - freed + fromOffers.size());
            app.stop();
        }
    }

    private static int confirmedOf(BbangshopClient staff, String breadId) {
        JsonNode list = staff.get("/reservations?status=CONFIRMED&size=100").body();
        int count = 0;
        for (JsonNode page : list.path("items")) {
            count += page.path("breadId").asText().equals(breadId) ? 1 : 0;
        }
        return count;
    }

    private AppProcess start(String name) throws IOException, InterruptedException {
        Files.createDirectories(logs);
        Files.deleteIfExists(logs.resolve(name + ".log"));
        return AppProcess.start(dataDir, logs.resolve(name + ".log"), List.of("--bbangshop.waitlist.hold=PT5S",
                "--bbangshop.pickup.window=PT6S", "--bbangshop.pickup.warn-before=PT3S",
                "--bbangshop.customers.key=offers-survive-a-kill")).awaitReady(START);
    }
}
