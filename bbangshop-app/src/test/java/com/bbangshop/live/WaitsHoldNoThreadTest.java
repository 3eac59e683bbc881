package com.bbangshop.live;

import com.bbangshop.BbangshopClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A live stream asked for an id the read side does not know yet waits a moment for it (the reservation may have
 * been answered a moment ago). Many such waits at once, from anyone, must not take the threads the shop serves
 * customers with: here twice as many waits as the server has threads, and a reservation is still answered at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.tomcat.threads.max=20", "bbangshop.read-side.catch-up=PT4S"})
@DirtiesContext
class WaitsHoldNoThreadTest {

    private static final int WAITS = 40;

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void embeddedDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("bbangshop.data-dir", dataDir::toString);
    }

    @LocalServerPort
    int port;

    @Test
    void unknownReservationsWatchedByManyDoNotSlowAReservation() throws Exception {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("crowded kiosk bun", 5);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<CompletableFuture<HttpResponse<String>>> waits = new ArrayList<>();
        for (int i = 0; i < WAITS; i++) {
            waits.add(http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/live/reservations/" + UUID.randomUUID())).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        Thread.sleep(500); // every wait has arrived and is waiting

        long started = System.nanoTime();
        BbangshopClient.Response reserved = shop.post("/reservations", Map.of("breadId", breadId));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(reserved.status()).isEqualTo(201);
        assertThat(took).as("a reservation while %d unknown ids are waited for", WAITS)
                .isLessThan(Duration.ofSeconds(2));
        for (CompletableFuture<HttpResponse<String>> wait : waits) {
            HttpResponse<String> answer = wait.get(30, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
    }
}
