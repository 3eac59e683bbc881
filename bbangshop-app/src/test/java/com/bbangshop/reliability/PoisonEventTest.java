package com.bbangshop.reliability;

import com.bbangshop.BbangshopClient;
import com.bbangshop.api.reservation.ReservationPlacedEvent;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event one projection cannot handle is parked in that projection's dead-letter queue: the other events and the
 * other projections go on, the automatic retries stop after a few, staff see the letter and retry it once the fault is
 * fixed, and the view catches up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "bbangshop.projections.dead-letters.retry-every=PT0.3S",
        "bbangshop.projections.dead-letters.automatic-retries=2",
        "bbangshop.reservation.decision-timeout=PT1S"})
@Import(PoisonEventTest.PoisonedPages.class)
@DirtiesContext
class PoisonEventTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void embeddedDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("bbangshop.data-dir", dataDir::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    PoisonedPages poison;

    @Test
    void aPoisonEventIsParkedWhileEverythingElseGoesOnAndStaffRetryItOnceTheFaultIsFixed() throws Exception {
        BbangshopClient shop = new BbangshopClient(port);
        BbangshopClient staff = shop.asStaff();
        String poisonedBread = shop.registerBread("poison loaf", 5);
        String healthyBread = shop.registerBread("healthy loaf", 5);
        poison.breadIds.add(poisonedBread);

        String poisoned = shop.post("/reservations", Map.of("breadId", poisonedBread)).text("reservationId");
        String healthy = shop.post("/reservations", Map.of("breadId", healthyBread)).text("reservationId");

        assertThat(shop.awaitJson("/pages/" + healthy, page -> page.path("status").asText().equals("CONFIRMED"),
                WAIT).path("baker").asText()).as("later events of other reservations go on").isNotBlank();
        shop.awaitJson("/breads/" + poisonedBread, bread -> bread.path("remaining").asInt() == 4, WAIT);
        staff.awaitJson("/assignments", list -> list.path("items").findValuesAsText("reservationId")
                .contains(poisoned), WAIT);
        assertThat(shop.get("/reservations/" + poisoned).body().path("status").asText())
                .as("the pages projection has not taken the poisoned reservation's events")
                .isIn("", "REQUESTED");

        JsonNode parked = staff.awaitJson("/admin/dead-letters/pages", group -> group.path("letters").asInt() == 3
                && group.path("items").path(0).path("waitsForStaff").asBoolean(), WAIT);
        JsonNode letter = parked.path("items").path(0);
        assertThat(parked.path("sequences").asInt()).isEqualTo(1);
        assertThat(letter.path("sequence").asText()).isEqualTo(poisoned);
        assertThat(letter.path("eventType").asText()).isEqualTo("ReservationPlacedEvent");
        assertThat(letter.path("causeMessage").asText()).contains("cannot take bread " + poisonedBread);
        assertThat(letter.path("retries").asInt()).isEqualTo(2);

        Thread.sleep(1500); // five retry periods: the automatic retries are used up and stay so
        assertThat(poison.failures.get()).as("the first failure and two automatic retries").isEqualTo(3);
        JsonNode groups = staff.get("/admin/dead-letters").body();
        assertThat(groups).extracting(group -> group.path("group").asText())
                .containsExactly("pages", "breads", "assignments");
        assertThat(staff.get("/admin/dead-letters/breads").body().path("letters").asInt()).isZero();
        assertThat(shop.get("/admin/dead-letters").status()).as("staff only").isEqualTo(401);

        poison.breadIds.clear();
        BbangshopClient.Response retried = staff.post("/admin/dead-letters/pages/retry", "");
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.body().path("succeeded").asInt()).isEqualTo(1);
        assertThat(retried.body().path("sequencesLeft").asInt()).isZero();

        assertThat(staff.get("/admin/dead-letters/pages").body().path("letters").asInt()).isZero();
        assertThat(shop.get("/reservations/" + poisoned).body().path("status").asText())
                .as("the parked events are in the view, in order").isEqualTo("CONFIRMED");
    }

    @Test
    void anUnknownProjectionIsNotFound() {
        BbangshopClient staff = new BbangshopClient(port).asStaff();

        assertThat(staff.get("/admin/dead-letters/sagas").status()).isEqualTo(404);
        assertThat(staff.post("/admin/dead-letters/sagas/retry", "").status()).isEqualTo(404);
    }

    /** A faulty piece of the pages projection: it cannot take the reservations of the breads it is told about. */
    @TestConfiguration
    @ProcessingGroup("pages")
    static class PoisonedPages {

        final Set<String> breadIds = ConcurrentHashMap.newKeySet();
        final AtomicInteger failures = new AtomicInteger();

        @EventHandler
        void on(ReservationPlacedEvent event) {
            if (breadIds.contains(event.breadId())) {
                failures.incrementAndGet();
                throw new IllegalStateException("cannot take bread " + event.breadId());
            }
        }
    }
}
