package com.bbangshop;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 000's REST walk-through, against the assembled app on a real port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SeedRestSequenceTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void embeddedDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("bbangshop.data-dir", dataDir::toString);
    }

    @LocalServerPort
    int port;

    @Test
    void aReservationIsConfirmedByABakerAndItsCancellationPutsTheLoafBack() {
        BbangshopClient shop = new BbangshopClient(port);
        BbangshopClient staff = shop.asStaff();
        String breadId = shop.registerBread("cookie", 100);

        BbangshopClient.Response reserved = shop.post("/reservations", Map.of("breadId", breadId));
        assertThat(reserved.status()).isEqualTo(201);
        assertThat(reserved.text("status")).isIn("ACCEPTED", "CONFIRMED");
        String reservationId = reserved.text("reservationId");
        String secret = reserved.text("cancelSecret");
        assertThat(secret).hasSize(43);

        JsonNode confirmed = shop.awaitJson("/reservations/" + reservationId,
                r -> r.path("status").asText().equals("CONFIRMED"), Duration.ofSeconds(10));
        assertThat(confirmed.path("seedStatus").asText()).isEqualTo("breadSucceed");
        assertThat(confirmed.path("baker").asText()).isIn("Minji", "Seojun", "Hana", "Jiho");
        assertThat(shop.get("/breads/" + breadId).body().path("remaining").asInt()).isEqualTo(99);
        assertThat(staff.get("/assignments").body().path("items")).anySatisfy(a ->
                assertThat(a.path("reservationId").asText()).isEqualTo(reservationId));
        assertThat(staff.get("/pages").body().path("items")).anySatisfy(p ->
                assertThat(p.path("breadName").asText()).isEqualTo("cookie"));

        BbangshopClient.Response canceled = shop.patch("/reservations/" + reservationId,
                Map.of("status", "cancellation"), Map.of("X-Cancel-Secret", secret));
        assertThat(canceled.status()).isIn(200, 202);

        shop.awaitJson("/reservations/" + reservationId,
                r -> r.path("seedStatus").asText().equals("breadCanceled"), Duration.ofSeconds(10));
        shop.awaitJson("/breads/" + breadId, b -> b.path("remaining").asInt() == 100, Duration.ofSeconds(10));
        staff.awaitJson("/assignments", list -> list.path("items").findValuesAsText("reservationId").stream()
                .noneMatch(reservationId::equals), Duration.ofSeconds(10));
    }

    @Test
    void aBreadCanBeReservedTheMomentItsRegistrationIsAnswered() {
        BbangshopClient shop = new BbangshopClient(port);
        BbangshopClient.Response registered = shop.asStaff().post("/breads",
                Map.of("breadName", "walk-through cookie", "quantity", 100));
        assertThat(registered.status()).isEqualTo(201);

        BbangshopClient.Response reserved = shop.post("/reservations",
                Map.of("breadId", registered.text("breadId")));

        assertThat(reserved.status()).as(reserved.toString()).isEqualTo(201);
    }

    @Test
    void theLastLoafGoesToOneCustomerAndTheNextHearsSoldOutAtOnce() {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("last croissant", 1);

        assertThat(shop.post("/reservations", Map.of("breadId", breadId)).status()).isEqualTo(201);
        BbangshopClient.Response soldOut = shop.post("/reservations", Map.of("breadId", breadId));

        assertThat(soldOut.status()).isEqualTo(409);
        assertThat(soldOut.contentType()).startsWith("application/problem+json");
        assertThat(soldOut.text("reservationStatus")).isEqualTo("SOLD_OUT");
        assertThat(soldOut.text("title")).isEqualTo("Sold out");
    }
}
