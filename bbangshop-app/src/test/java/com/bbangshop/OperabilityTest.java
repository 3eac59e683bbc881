package com.bbangshop;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a platform reads off every process: probe groups and Prometheus metrics with Axon's own meters in them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false) // Spring Boot's tests switch metrics export off unless asked
class OperabilityTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void embeddedDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("bbangshop.data-dir", dataDir::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void probesAnswerOnTheirGroupsAndNothingElseOfActuatorIsOpen() throws Exception {
        assertThat(get("/actuator/health/liveness")).startsWith("200 ").contains("\"UP\"");
        assertThat(get("/actuator/health/readiness")).startsWith("200 ").contains("\"UP\"");
        assertThat(get("/actuator/env")).as("not exposed at all: nothing there to log in for").startsWith("404 ");
        assertThat(getAsStaff("/actuator/env")).as("not exposed at all").startsWith("404 ");
        assertThat(get("/actuator/prometheus")).as("exposed, staff only").startsWith("401 ");
        assertThat(getAsStaff("/actuator/beans")).startsWith("404 ");
    }

    @Test
    void prometheusShowsAxonsCommandBusQueryBusAndEventProcessors() throws Exception {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("metered madeleine", 5);
        String reservationId = shop.post("/reservations", Map.of("breadId", breadId)).text("reservationId");
        shop.awaitJson("/reservations/" + reservationId, r -> r.path("status").asText().equals("CONFIRMED"),
                Duration.ofSeconds(10));

        String metrics = getAsStaff("/actuator/prometheus");
        assertThat(metrics).startsWith("200 ")
                .contains("commandBus_successCounter_total{application=\"bbangshop\",payloadType=\"RegisterBreadCommand\"}")
                .containsPattern("queryBus_\\w+\\{application=\"bbangshop\",payloadType=\"FindBreadQuery\"")
                .containsPattern("eventProcessor_\\w+\\{[^}]*processorName=\"pages\"")
                .containsPattern("eventProcessor_\\w+\\{[^}]*processorName=\"ReservationSagaProcessor\"")
                .containsPattern("eventProcessor_latency\\{[^}]*processorName=\"pages\"")
                .containsPattern("commandBus_allTimer_seconds_count\\{[^}]*payloadType=\"PlaceReservationCommand\"");
    }

    /**
     * Spring MVC observes each request as a whole; Spring Security would also wrap each of its filters in an
     * observation (in a running app, not in this test's registry, so the setting is what can be checked here).
     */
    @Test
    void securityFiltersAreNotObservedOneByOne() {
        SecurityObservationSettings settings = context.getBean(SecurityObservationSettings.class);
        assertThat(settings.shouldObserveRequests()).isFalse();
        assertThat(settings.shouldObserveAuthentications()).isFalse();
        assertThat(settings.shouldObserveAuthorizations()).isFalse();
    }

    private String get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)));
    }

    private String getAsStaff(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization",
                BbangshopClient.basic(BbangshopClient.STAFF_USER, BbangshopClient.STAFF_PASSWORD)));
    }

    private static String send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }
}
