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
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Pickup codes through HTTP: given with the reservation, shown with it, found and handed over by staff. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PickupCodeTest {

    private static final String CODE = "[A-HJKMNP-Z]{2}[2-9A-HJKMNP-Z]{2,}";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void embeddedDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("bbangshop.data-dir", dataDir::toString);
    }

    @LocalServerPort
    int port;

    @Test
    void everyAcceptedReservationHasItsOwnCodeWhichStaffFindAndHandOverOnce() {
        BbangshopClient shop = new BbangshopClient(port);
        BbangshopClient staff = shop.asStaff();
        String breadId = shop.registerBread("counter cookie", 10);

        BbangshopClient.Response first = shop.post("/reservations", Map.of("breadId", breadId));
        BbangshopClient.Response second = shop.post("/reservations", Map.of("breadId", breadId));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        String code = first.text("pickupCode");
        assertThat(code).matches(CODE);
        assertThat(second.text("pickupCode")).matches(CODE).isNotEqualTo(code)
                .startsWith(code.substring(0, 2));
        String reservationId = first.text("reservationId");

        JsonNode confirmed = shop.awaitJson("/reservations/" + reservationId,
                r -> r.path("status").asText().equals("CONFIRMED"), Duration.ofSeconds(10));
        assertThat(confirmed.path("pickupCode").asText()).isEqualTo(code);

        String typed = code.substring(0, 2).toLowerCase(Locale.ROOT) + "-" + code.substring(2);
        JsonNode found = staff.get("/reservations?code=" + typed).body();
        assertThat(found.path("items")).hasSize(1);
        assertThat(found.path("items").get(0).path("reservationId").asText()).isEqualTo(reservationId);
        assertThat(shop.get("/reservations?code=" + code).status()).as("customers cannot search").isEqualTo(401);

        BbangshopClient.Response handedOver = staff.post("/pickups", Map.of("code", typed));
        assertThat(handedOver.status()).as(handedOver.toString()).isEqualTo(200);
        assertThat(handedOver.text("reservationId")).isEqualTo(reservationId);
        assertThat(handedOver.text("status")).isEqualTo("PICKED_UP");
        shop.awaitJson("/reservations/" + reservationId, r -> r.path("status").asText().equals("PICKED_UP"),
                Duration.ofSeconds(10));

        BbangshopClient.Response again = staff.post("/pickups", Map.of("code", code));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.text("detail")).contains("PICKED_UP");
    }

    @Test
    void aCodeNoReservationHasIsNotFoundAndWhatCannotBeACodeIsBadInput() {
        BbangshopClient staff = new BbangshopClient(port).asStaff();

        BbangshopClient.Response unknown = staff.post("/pickups", Map.of("code", "ZZZZZZ"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.text("detail")).isEqualTo("no reservation has pickup code ZZZZZZ");

        BbangshopClient.Response lookAlike = staff.post("/pickups", Map.of("code", "AO10"));
        assertThat(lookAlike.status()).isEqualTo(400);
        assertThat(lookAlike.contentType()).startsWith("application/problem+json");
        assertThat(lookAlike.text("detail")).startsWith("code must be a pickup code");

        assertThat(staff.get("/reservations?code=I1").status()).isEqualTo(400);
        assertThat(staff.post("/pickups", Map.of()).status()).isEqualTo(400);
    }

    @Test
    void twoOpenBreadsGetDifferentPrefixesAndMayNotShareAName() {
        BbangshopClient shop = new BbangshopClient(port);
        String rye = shop.registerBread("counter rye", 5);
        String bun = shop.registerBread("counter bun", 5);

        String ryeCode = shop.post("/reservations", Map.of("breadId", rye)).text("pickupCode");
        String bunCode = shop.post("/reservations", Map.of("breadId", bun)).text("pickupCode");
        assertThat(ryeCode.substring(0, 2)).isNotEqualTo(bunCode.substring(0, 2));

        BbangshopClient.Response sameName = shop.asStaff().post("/breads",
                Map.of("breadName", "  Counter  RYE ", "quantity", 5));
        assertThat(sameName.status()).isEqualTo(409);
        assertThat(sameName.contentType()).startsWith("application/problem+json");
        assertThat(sameName.text("detail")).contains("an open bread is already called \"counter rye\"");
    }
}
