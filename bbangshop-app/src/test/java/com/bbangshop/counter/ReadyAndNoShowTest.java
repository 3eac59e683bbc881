package com.bbangshop.counter;

import com.bbangshop.BbangshopClient;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After the sale, through HTTP and the shop's own deadlines: staff mark loaves ready, one is handed over by its code,
 * and the other, not fetched within its (here short) window, expires and goes back on sale.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"bbangshop.pickup.window=PT8S", "bbangshop.pickup.warn-before=PT2S"})
class ReadyAndNoShowTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void embeddedDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("bbangshop.data-dir", dataDir::toString);
    }

    @LocalServerPort
    int port;

    @Test
    void aReadyLoafIsHandedOverByItsCodeAndOneNobodyFetchedGoesBackOnSale() {
        BbangshopClient shop = new BbangshopClient(port);
        BbangshopClient staff = shop.asStaff();
        String breadId = shop.registerBread("counter rye", 2);
        String fetched = confirmedReservation(shop, breadId);
        String forgotten = confirmedReservation(shop, breadId);
        String code = shop.get("/reservations/" + fetched).text("pickupCode");

        BbangshopClient.Response one = staff.post("/reservations/" + fetched + "/ready", Map.of());
        BbangshopClient.Response tray = staff.post("/reservations/ready",
                Map.of("reservationIds", List.of(forgotten, "no-such-reservation")));

        assertThat(one.status()).as(one.toString()).isIn(200, 202);
        assertThat(one.text("reservationId")).isEqualTo(fetched);
        assertThat(tray.status()).as(tray.toString()).isEqualTo(200);
        JsonNode outcomes = tray.body().path("outcomes");
        assertThat(outcomes.get(0).path("ready").asBoolean()).as(tray.toString()).isTrue();
        assertThat(Instant.parse(outcomes.get(0).path("pickupBy").asText())).isAfter(Instant.now().minusSeconds(10));
        assertThat(outcomes.get(1).path("status").asInt()).isEqualTo(404);

        BbangshopClient.Response handedOver = staff.post("/pickups", Map.of("code", code));
        assertThat(handedOver.status()).as(handedOver.toString()).isEqualTo(200);
        assertThat(handedOver.text("status")).isEqualTo("PICKED_UP");

        JsonNode bread = shop.awaitJson("/breads/" + breadId, b -> b.path("remaining").asInt() == 1,
                Duration.ofSeconds(30));
        assertThat(bread.path("reserved").asInt()).as("the no-show's loaf is back; the fetched one is not")
                .isEqualTo(1);
        BbangshopClient.Response late = staff.post("/reservations/" + forgotten + "/pickup", Map.of());
        assertThat(late.status()).as(late.toString()).isEqualTo(409);
        assertThat(late.text("detail")).contains("NO_SHOW");
    }

    @Test
    void aBreadMayKeepItsReadyLoavesLongerOrShorterThanTheShopButNotForAWeekAndADay() {
        BbangshopClient staff = new BbangshopClient(port).asStaff();

        BbangshopClient.Response own = staff.post("/breads",
                Map.of("breadName", "slow sourdough", "quantity", 5, "pickupWindowMinutes", 45));
        BbangshopClient.Response tooLong = staff.post("/breads",
                Map.of("breadName", "forever loaf", "quantity", 5, "pickupWindowMinutes", 10_081));

        assertThat(own.status()).as(own.toString()).isEqualTo(201);
        assertThat(own.body().path("pickupWindowMinutes").asInt()).isEqualTo(45);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.contentType()).startsWith("application/problem+json");
        assertThat(tooLong.text("detail")).isEqualTo("pickupWindowMinutes must be less than or equal to 10080");
    }

    private static String confirmedReservation(BbangshopClient shop, String breadId) {
        BbangshopClient.Response reserved = shop.post("/reservations", Map.of("breadId", breadId, "quantity", 1));
        assertThat(reserved.status()).as(reserved.toString()).isEqualTo(201);
        String reservationId = reserved.text("reservationId");
        shop.awaitJson("/reservations/" + reservationId, r -> r.path("status").asText().equals("CONFIRMED"),
                Duration.ofSeconds(15));
        return reservationId;
    }
}
