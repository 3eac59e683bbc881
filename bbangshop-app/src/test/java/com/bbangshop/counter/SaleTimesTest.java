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
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening and closing times, staff opening, postponing, ending and renaming a bread, through HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SaleTimesTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void embeddedDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("bbangshop.data-dir", dataDir::toString);
    }

    @LocalServerPort
    int port;

    @Test
    void aBreadOpeningLaterRefusesReservationsSayingWhenUntilStaffOpenItThenEndIt() {
        BbangshopClient shop = new BbangshopClient(port);
        BbangshopClient staff = shop.asStaff();
        Instant opensAt = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        BbangshopClient.Response registered = staff.post("/breads", Map.of("breadName", "flash focaccia",
                "quantity", 5, "opensAt", opensAt.toString()));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String breadId = registered.text("breadId");
        assertThat(registered.text("opensAt")).isEqualTo(opensAt.toString());

        BbangshopClient.Response early = shop.post("/reservations", Map.of("breadId", breadId));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat(early.text("detail")).isEqualTo("flash focaccia is not on sale yet: it opens at " + opensAt);
        assertThat(early.text("opensAt")).isEqualTo(opensAt.toString());
        assertThat(Duration.between(Instant.parse(early.text("serverTime")), Instant.now()).abs())
                .isLessThan(Duration.ofMinutes(1));
        JsonNode bread = shop.get("/breads/" + breadId).body();
        assertThat(Instant.parse(bread.path("opensAt").asText())).isEqualTo(opensAt);
        assertThat(shop.get("/breads").body().path("serverTime").asText()).isNotBlank();

        assertThat(staff.post("/breads/" + breadId + "/open", Map.of()).status()).isEqualTo(200);
        assertThat(shop.post("/reservations", Map.of("breadId", breadId)).status()).isEqualTo(201);

        BbangshopClient.Response postponed = staff.post("/breads/" + breadId + "/postpone",
                Map.of("opensAt", opensAt.toString()));
        assertThat(postponed.status()).as(postponed.toString()).isEqualTo(200);
        assertThat(shop.post("/reservations", Map.of("breadId", breadId)).status()).isEqualTo(409);
        shop.awaitJson("/breads/" + breadId, b -> b.path("opensAt").asText().equals(opensAt.toString()),
                Duration.ofSeconds(10));

        assertThat(staff.post("/breads/" + breadId + "/close", Map.of()).status()).isEqualTo(200);
        BbangshopClient.Response closed = shop.post("/reservations", Map.of("breadId", breadId));
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.text("detail")).startsWith("flash focaccia is closed: its sale ended at ");
        assertThat(closed.text("closedAt")).isNotBlank();
        shop.awaitJson("/breads/" + breadId, b -> !b.path("closesAt").isNull(), Duration.ofSeconds(10));
        assertThat(staff.post("/breads/" + breadId + "/close", Map.of()).status()).as("twice is harmless")
                .isEqualTo(200);

        assertThat(staff.post("/breads", Map.of("breadName", "Flash Focaccia", "quantity", 5)).status())
                .as("its name is free again").isEqualTo(201);
    }

    @Test
    void staffRenameAnOpenBreadToANameNoOtherOpenBreadHas() {
        BbangshopClient shop = new BbangshopClient(port);
        BbangshopClient staff = shop.asStaff();
        String rye = shop.registerBread("rename rye", 5);
        shop.registerBread("rename bun", 5);

        BbangshopClient.Response renamed = staff.patch("/breads/" + rye, Map.of("breadName", " dark rye "),
                Map.of());
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        shop.awaitJson("/breads/" + rye, b -> b.path("breadName").asText().equals("dark rye"),
                Duration.ofSeconds(10));

        BbangshopClient.Response taken = staff.patch("/breads/" + rye, Map.of("breadName", "RENAME  bun"),
                Map.of());
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.contentType()).startsWith("application/problem+json");
        assertThat(taken.text("detail")).startsWith("an open bread is already called \"rename bun\"");

        assertThat(staff.patch("/breads/" + rye, Map.of("breadName", " "), Map.of()).status()).isEqualTo(400);
        assertThat(shop.patch("/breads/" + rye, Map.of("breadName", "mine"), Map.of()).status()).isEqualTo(401);
    }

    @Test
    void badTimesAndUnknownBreadsAreRefusedAndChangeNothing() {
        BbangshopClient shop = new BbangshopClient(port);
        BbangshopClient staff = shop.asStaff();
        Instant past = Instant.now().minus(1, ChronoUnit.HOURS);

        BbangshopClient.Response closesInThePast = staff.post("/breads", Map.of("breadName", "stale scone",
                "quantity", 5, "closesAt", past.toString()));
        assertThat(closesInThePast.status()).isEqualTo(400);
        assertThat(closesInThePast.text("detail")).startsWith("closesAt must be after now");
        assertThat(staff.post("/breads", Map.of("breadName", "stale scone", "quantity", 5)).status())
                .as("the refused registration took no name").isEqualTo(201);

        String breadId = shop.registerBread("punctual pretzel", 5);
        BbangshopClient.Response toThePast = staff.post("/breads/" + breadId + "/postpone",
                Map.of("opensAt", past.toString()));
        assertThat(toThePast.status()).isEqualTo(400);
        assertThat(toThePast.text("detail")).startsWith("opensAt must be in the future");
        assertThat(staff.post("/breads/" + breadId + "/postpone", Map.of()).status()).isEqualTo(400);
        assertThat(staff.post("/breads/" + breadId + "/postpone", Map.of("opensAt", "tomorrow")).status())
                .isEqualTo(400);
        assertThat(shop.post("/reservations", Map.of("breadId", breadId)).status()).isEqualTo(201);

        assertThat(staff.post("/breads/no-such-bread/open", Map.of()).status()).isEqualTo(404);
        assertThat(shop.post("/breads/" + breadId + "/close", Map.of()).status()).isEqualTo(401);
    }
}
