package com.bbangshop.deploy;

import com.bbangshop.BbangshopClient;
import com.bbangshop.PostgresTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Each service's runnable jar on its own, with the profiles docker-compose.yml gives it (axonserver, postgres) and
 * an Axon Server address where none answers, as in the minutes before Axon Server is up: the service starts under
 * its own name, alive but not ready (readiness waits for Axon Server, with the database already UP), keeps its state
 * in PostgreSQL, shows its metrics, and stops gracefully on SIGTERM.
 */
class StandaloneServicesTest {

    private static final List<String> SERVICES = List.of("reservation-service", "bakery-service", "query-service");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path workDir;

    @Test
    void eachServiceRunsAloneOnItsProfilesAndWaitsForAxonServerBeforeItIsReady() throws Exception {
        Optional<PostgresTestDatabase> created = PostgresTestDatabase.create();
        assumeTrue(created.isPresent(), "no PostgreSQL answers at " + PostgresTestDatabase.server());
        PostgresTestDatabase database = created.get();
        Map<String, ServiceProcess> services = new LinkedHashMap<>();
        int noAxonServer = NginxGateway.freePort();
        try {
            for (String service : SERVICES) {
                services.put(service, new ServiceProcess(service, ServiceProcess.copyOfJar(service, workDir),
                        workDir.resolve(service + ".log"), NginxGateway.freePort(), List.of(
                        "--spring.profiles.active=axonserver,postgres",
                        "--axon.axonserver.servers=127.0.0.1:" + noAxonServer,
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + database.user(),
                        "--spring.datasource.password=" + database.password(),
                        "--bbangshop.data-dir=" + workDir,
                        "--bbangshop.staff.username=" + BbangshopClient.STAFF_USER,
                        "--bbangshop.staff.password=" + BbangshopClient.STAFF_PASSWORD,
                        "--management.endpoint.health.show-components=always")).start());
            }
            for (Map.Entry<String, ServiceProcess> entry : services.entrySet()) {
                assertStandsAloneButNotReady(entry.getKey(), entry.getValue());
            }
            assertThat(tables(database)).as("each service's state in PostgreSQL, the events in Axon Server")
                    .contains("scheduled_tasks", "saga_entry", "token_entry", "pages", "breads", "assignments")
                    .doesNotContain("domain_event_entry", "snapshot_event_entry");
            for (Map.Entry<String, ServiceProcess> entry : services.entrySet()) {
                assertThat(entry.getValue().terminate(Duration.ofSeconds(30))).as(entry.getKey() + " exit code")
                        .isEqualTo(143);
                assertThat(entry.getValue().log()).as(entry.getKey() + " log").contains("Commencing graceful shutdown");
            }
        } finally {
            for (ServiceProcess service : services.values()) {
                service.close();
            }
            database.drop();
        }
    }

    private static void assertStandsAloneButNotReady(String service, ServiceProcess process) throws Exception {
        // the three start at once beside the test's own JVM: on a busy two-core machine that takes minutes
        process.awaitListening(Duration.ofMinutes(4));
        assertThat(process.log()).as(service + " starts under its own name")
                .contains("[" + service + "]").contains("on port " + process.port());

        assertThat(process.get("/actuator/health/liveness").statusCode()).as(service + " liveness").isEqualTo(200);
        HttpResponse<String> readiness = process.get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).as(service + " readiness without Axon Server").isEqualTo(503);
        JsonNode components = JSON.readTree(readiness.body()).path("components");
        assertThat(components.path("axonServer").path("status").asText()).as(service + " " + readiness.body())
                .isEqualTo("DOWN");
        assertThat(components.path("db").path("status").asText()).as(service + " " + readiness.body())
                .isEqualTo("UP");

        HttpResponse<String> metrics = process.getAsStaff("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).as(service + " metrics").contains("application=\"" + service + "\"")
                .contains("jvm_memory_used_bytes");
    }

    private static List<String> tables(PostgresTestDatabase database) throws Exception {
        List<String> tables = new ArrayList<>();
        try (Connection connection = database.connect(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery(
                     "select table_name from information_schema.tables where table_schema = 'public'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }
}
