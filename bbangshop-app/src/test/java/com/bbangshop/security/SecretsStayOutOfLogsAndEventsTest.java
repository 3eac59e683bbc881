package com.bbangshop.security;

import com.bbangshop.BbangshopClient;
import com.bbangshop.reservation.CancelSecrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reservation's cancel secret is shown once, in the answer to the reservation, and the staff password never: with
 * bbangshop's own and Axon's logging turned up to DEBUG, a day of reserving, canceling (secret in the header, in the
 * body, and a wrong one) and staff work leaves neither in the log nor anywhere in the database. The events carry the
 * secret's hash.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "logging.level.com.bbangshop=DEBUG",
        "logging.level.org.axonframework=DEBUG",
        // a unit of work's every phase, thousands of lines that name no message
        "logging.level.org.axonframework.messaging.unitofwork=INFO",
        "logging.level.org.axonframework.messaging.Scope=INFO"})
@ExtendWith(OutputCaptureExtension.class)
class SecretsStayOutOfLogsAndEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void embeddedDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("bbangshop.data-dir", dataDir::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    /** The events' own database (service-autoconfigure's EventStoreDatabase). */
    @Autowired
    @Qualifier("eventStore")
    DataSource eventStore;

    @Test
    void noCancelSecretAndNoStaffPasswordIsLoggedOrStoredAndTheEventHoldsOnlyTheHash(CapturedOutput output) {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("secret sable", 5);
        BbangshopClient.Response first = reserveConfirmed(shop, breadId);
        BbangshopClient.Response second = reserveConfirmed(shop, breadId);
        BbangshopClient.Response third = reserveConfirmed(shop, breadId);
        String firstSecret = first.text("cancelSecret");
        String secondSecret = second.text("cancelSecret");

        assertThat(shop.patch("/reservations/" + third.text("reservationId"), Map.of("status", "cancellation"),
                Map.of("X-Cancel-Secret", firstSecret)).status()).as("another reservation's secret").isEqualTo(403);
        assertThat(shop.patch("/reservations/" + first.text("reservationId"), Map.of("status", "cancellation"),
                Map.of("X-Cancel-Secret", firstSecret)).status()).isIn(200, 202);
        assertThat(shop.patch("/reservations/" + second.text("reservationId"),
                Map.of("status", "cancellation", "cancelSecret", secondSecret), Map.of()).status()).isIn(200, 202);
        shop.awaitJson("/reservations/" + second.text("reservationId"),
                r -> r.path("status").asText().equals("CANCELED"), WAIT);
        assertThat(shop.asStaff().get("/pages").status()).isEqualTo(200);

        assertThat(output.getAll()).as("the log speaks of the reservations")
                .contains(first.text("reservationId"), second.text("reservationId"));
        String database = wholeDatabase();
        assertThat(database).as("the events' bytes are searched").contains(hex(CancelSecrets.hash(firstSecret)));
        for (String secret : List.of(firstSecret, secondSecret, BbangshopClient.STAFF_PASSWORD,
                BbangshopClient.basic(BbangshopClient.STAFF_USER, BbangshopClient.STAFF_PASSWORD).substring(6))) {
            assertThat(output.getAll()).as("the log").doesNotContain(secret);
            assertThat(database).as("the database, as text or as bytes").doesNotContain(secret.toLowerCase())
                    .doesNotContain(hex(secret));
        }
        assertThat(placedEvent(first.text("reservationId")))
                .contains("\"cancelSecretHash\":\"" + CancelSecrets.hash(firstSecret) + "\"");
    }

    private static BbangshopClient.Response reserveConfirmed(BbangshopClient shop, String breadId) {
        BbangshopClient.Response answer = shop.post("/reservations", Map.of("breadId", breadId));
        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.text("cancelSecret")).hasSize(43);
        shop.awaitJson("/reservations/" + answer.text("reservationId"),
                r -> r.path("status").asText().equals("CONFIRMED"), WAIT);
        return answer;
    }

    /** H2's SQL dump of every table of both databases, in lower case; binary columns appear in hex. */
    private String wholeDatabase() {
        return (String.join("\n", jdbc.queryForList("SCRIPT", String.class)) + "\n"
                + String.join("\n", new JdbcTemplate(eventStore).queryForList("SCRIPT", String.class)))
                .toLowerCase();
    }

    private String placedEvent(String reservationId) {
        return new JdbcTemplate(eventStore).query("select payload from domain_event_entry "
                        + "where aggregate_identifier = ? and payload_type like '%ReservationPlacedEvent'",
                (row, n) -> new String(row.getBytes(1), StandardCharsets.UTF_8), reservationId).get(0);
    }

    private static String hex(String text) {
        return HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
    }
}
