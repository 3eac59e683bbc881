package com.bbangshop.deploy;

import com.bbangshop.BbangshopClient;
import com.bbangshop.PostgresTestDatabase;
import com.bbangshop.live.SseClient;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The distributed mode end to end: the three service jars as separate JVMs on Axon Server (AXON_AXONSERVER_SERVERS)
 * with PostgreSQL (PGHOST and friends; a fresh database), behind the nginx gateway. Seed 000's REST sequence through
 * the gateway; then bakery-service goes away, reservations are taken anyway (202: the stock decision waits for the
 * bakery), and once it is back every one of them is confirmed. Skipped, with the reason, without an Axon Server.
 * Events already in that Axon Server are replayed into the fresh database first: a fresh server is quicker.
 */
class DistributedEndToEndTest {

    private static final List<String> SERVICES = List.of("reservation-service", "bakery-service", "query-service");
    private static final Duration START_UP = Duration.ofMinutes(5);

    @TempDir
    Path workDir;

    @Test
    void theSeedSequenceRunsAcrossServicesAndReservationsSurviveTheBakeryGoingAway() throws Exception {
        String axonServer = System.getenv("AXON_AXONSERVER_SERVERS");
        skipUnless(axonServer != null && !axonServer.isBlank(),
                "set AXON_AXONSERVER_SERVERS=host:8124 to run it against an Axon Server");
        skipUnless(NginxGateway.installed(), "nginx is not installed (scripts/test.sh installs it)");
        Optional<PostgresTestDatabase> created = PostgresTestDatabase.create();
        skipUnless(created.isPresent(), "no PostgreSQL answers at " + PostgresTestDatabase.server());
        PostgresTestDatabase database = created.get();

        List<String> arguments = arguments(database);
        Map<String, ServiceProcess> services = new LinkedHashMap<>();
        try {
            for (String service : SERVICES) {
                services.put(service, new ServiceProcess(service, ServiceProcess.copyOfJar(service, workDir),
                        workDir.resolve(service + ".log"), NginxGateway.freePort(), arguments).start());
            }
            for (ServiceProcess service : services.values()) {
                service.awaitReady(START_UP);
            }
            try (NginxGateway gateway = NginxGateway.start(workDir, Map.of(
                    "RESERVATION_SERVICE", "127.0.0.1:" + services.get("reservation-service").port(),
                    "BAKERY_SERVICE", "127.0.0.1:" + services.get("bakery-service").port(),
                    "QUERY_SERVICE", "127.0.0.1:" + services.get("query-service").port()))) {
                BbangshopClient shop = new BbangshopClient(gateway.port());
                seedSequence(shop, gateway.port());
                reservationsWaitForTheBakeryAndAreConfirmedWhenItIsBack(shop, services, arguments);
            }
        } catch (AssertionError failure) {
            StringBuilder logs = new StringBuilder(String.valueOf(failure.getMessage()));
            for (ServiceProcess service : services.values()) {
                logs.append("\n--- last lines of its log:\n").append(service.tail());
            }
            throw new AssertionError(logs.toString(), failure);
        } finally {
            for (ServiceProcess service : services.values()) {
                service.close();
            }
            database.drop();
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
        shop.asStaff().awaitJson("/assignments?size=100", list -> list.path("items")
                .findValuesAsText("reservationId").contains(reservationId), Duration.ofSeconds(10));
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
        shop.asStaff().awaitJson("/assignments?size=100", list -> !list.path("items")
                .findValuesAsText("reservationId").contains(reservationId), Duration.ofSeconds(10));
    }

    /**
     * Stock and baker assignment both live in bakery-service, so while it is away the stock decision waits too:
     * the kiosk hears 202 (taken, decision pending) and nothing is sold from a stock nobody can check. The saga's
     * persistent retries carry each reservation on once the bakery is back.
     */
    private void reservationsWaitForTheBakeryAndAreConfirmedWhenItIsBack(
            BbangshopClient shop, Map<String, ServiceProcess> services, List<String> arguments) throws Exception {
        String breadId = shop.registerBread("rye while the bakery is away", 10);
        ServiceProcess bakery = services.get("bakery-service");
        bakery.close();

        List<String> waiting = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            BbangshopClient.Response taken = shop.post("/reservations", Map.of("breadId", breadId));
            assertThat(taken.status()).as("POST /reservations with the bakery away " + taken).isEqualTo(202);
            assertThat(taken.text("status")).isEqualTo("REQUESTED");
            waiting.add(taken.text("reservationId"));
        }
        for (String reservationId : waiting) {
            assertThat(shop.get("/reservations/" + reservationId).body().path("status").asText())
                    .as("no stock decision without the bakery").isEqualTo("REQUESTED");
        }

        ServiceProcess restarted = new ServiceProcess("bakery-service", workDir.resolve("bakery-service.jar"),
                workDir.resolve("bakery-service.log"), bakery.port(), arguments).start();
        services.put("bakery-service", restarted);
        restarted.awaitReady(START_UP);
        for (String reservationId : waiting) {
            JsonNode page = shop.awaitJson("/reservations/" + reservationId,
                    r -> r.path("status").asText().equals("CONFIRMED"), Duration.ofSeconds(60));
            assertThat(page.path("baker").asText()).isNotBlank();
        }
        shop.awaitJson("/breads/" + breadId, b -> b.path("remaining").asInt() == 7, Duration.ofSeconds(10));
    }

    private List<String> arguments(PostgresTestDatabase database) {
        return List.of("--spring.profiles.active=axonserver,postgres",
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--bbangshop.data-dir=" + workDir,
                "--bbangshop.staff.username=" + BbangshopClient.STAFF_USER,
                "--bbangshop.staff.password=" + BbangshopClient.STAFF_PASSWORD,
                // the saga asks the bakery again every few seconds instead of every few minutes
                "--bbangshop.saga.retry.initial=PT2S", "--bbangshop.saga.retry.max=PT4S");
    }

    private static void skipUnless(boolean condition, String reason) {
        if (!condition) {
            System.out.println("DistributedEndToEndTest skipped: " + reason);
        }
        assumeTrue(condition, reason);
    }
}
