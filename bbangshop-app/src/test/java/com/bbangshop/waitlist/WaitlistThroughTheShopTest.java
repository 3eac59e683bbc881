package com.bbangshop.waitlist;

import com.bbangshop.BbangshopClient;
import com.bbangshop.api.waitlist.AcceptOfferCommand;
import com.bbangshop.api.waitlist.AcceptedOffer;
import com.bbangshop.autoconfigure.store.EventStoreDatabase;
import com.bbangshop.reservation.CancelSecrets;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The waitlist through HTTP and the whole shop in one JVM: a sold-out bread's line, one place per phone, the loaf of a
 * cancelled reservation held for the first in line instead of going back on sale, and the offer accepted becoming a
 * reservation with its pickup code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WaitlistThroughTheShopTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void embeddedDataDirectoryAndCustomerKey(DynamicPropertyRegistry registry) {
        registry.add("bbangshop.data-dir", dataDir::toString);
        registry.add("bbangshop.customers.key", () -> "a secret only this shop knows");
    }

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier(EventStoreDatabase.EVENT_STORE)
    DataSource events;

    @Autowired
    JdbcTemplate derived;

    @Autowired
    CommandGateway commands;

    @Test
    void aCancelledLoafIsHeldForTheFirstInLineAndNotPutBackOnSale() {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("last loaf", 1);

        BbangshopClient.Response early = shop.post("/waitlist", Map.of("breadId", breadId, "phone", "010-5555-0101"));
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat(early.text("detail")).isEqualTo("1 loaf of last loaf is still on sale: reserve one");

        BbangshopClient.Response reserved = shop.post("/reservations", Map.of("breadId", breadId));
        assertThat(reserved.status()).as(reserved.toString()).isEqualTo(201);

        BbangshopClient.Response first = shop.post("/waitlist", Map.of("breadId", breadId, "phone", "010-5555-0101"));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.body().path("position").asInt()).isEqualTo(1);
        assertThat(first.text("secret")).hasSizeGreaterThan(40);
        BbangshopClient.Response second = shop.post("/waitlist", Map.of("breadId", breadId, "phone", "010 5555 0102"));
        assertThat(second.body().path("position").asInt()).as(second.toString()).isEqualTo(2);
        BbangshopClient.Response again = shop.post("/waitlist", Map.of("breadId", breadId, "phone", "01055550101"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("detail")).isEqualTo("this customer is already in line for last loaf: number 1 (waiter "
                + first.text("waiterId") + ")");

        BbangshopClient.Response canceled = shop.patch("/reservations/" + reserved.text("reservationId"),
                Map.of("status", "cancellation"), Map.of("X-Cancel-Secret", reserved.text("cancelSecret")));
        assertThat(canceled.status()).as(canceled.toString()).isIn(200, 202);

        JdbcTemplate eventStore = new JdbcTemplate(events);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(eventStore.queryForObject(
                "select count(*) from domain_event_entry where payload_type like '%LoafOfferedEvent' "
                        + "and utf8tostring(payload) like ?", Integer.class, "%" + first.text("waiterId") + "%"))
                .isEqualTo(1));
        assertThat(shop.post("/reservations", Map.of("breadId", breadId)).status())
                .as("the freed loaf is held, not on sale").isEqualTo(409);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(derived.queryForObject(
                "select count(*) from saga_entry where saga_type like '%OfferSaga'", Integer.class))
                .as("the offer's saga keeps its hold").isEqualTo(1));

        String reservationId = "offered-" + first.text("waiterId");
        AcceptedOffer accepted = commands.sendAndWait(new AcceptOfferCommand(breadId, first.text("waiterId"),
                CancelSecrets.hash(first.text("secret")), reservationId));
        assertThat(accepted.reservationId()).isEqualTo(reservationId);
        JsonNode placed = shop.awaitJson("/reservations/" + reservationId,
                view -> view.path("status").asText().equals("CONFIRMED"), Duration.ofSeconds(20));
        assertThat(placed.path("pickupCode").asText()).as("born accepted, then baked as any other")
                .isEqualTo(accepted.pickupCode());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(derived.queryForObject(
                "select count(*) from saga_entry where saga_type like '%OfferSaga'", Integer.class))
                .as("placed, the offer's saga ended").isZero());
    }
}
