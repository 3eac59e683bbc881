package com.bbangshop.deploy;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the real nginx with gateway/default.conf.template, rendered as the nginx image renders it, in front of three
 * stand-in services, and sends it seed 000's calls: each must reach the service that owns its path, unchanged.
 */
class GatewayRoutingTest {

    @TempDir
    Path workDir;

    private final Map<String, HttpServer> services = new LinkedHashMap<>();
    private final CountDownLatch streamMayEnd = new CountDownLatch(1);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private NginxGateway nginx;

    @BeforeEach
    void startGatewayInFrontOfStandIns() throws Exception {
        assumeTrue(NginxGateway.installed(), "nginx is not installed (scripts/test.sh installs it)");
        Map<String, String> upstreams = Map.of(
                "RESERVATION_SERVICE", standIn("reservation-service"),
                "BAKERY_SERVICE", standIn("bakery-service"),
                "QUERY_SERVICE", standIn("query-service"));
        nginx = NginxGateway.start(workDir, upstreams);
    }

    @AfterEach
    void stop() throws InterruptedException {
        streamMayEnd.countDown();
        if (nginx != null) {
            nginx.close();
        }
        services.values().forEach(service -> service.stop(0));
    }

    @Test
    void eachOfTheSeedsCallsReachesTheServiceThatOwnsItsPath() throws Exception {
        assertRouted("POST", "/breads", "{\"breadName\":\"cookie\",\"quantity\":100}", "bakery-service");
        assertRouted("POST", "/reservations", "{\"breadId\":\"2\"}", "reservation-service");
        assertRouted("PATCH", "/reservations/1", "{\"status\":\"cancellation\"}", "reservation-service");
        assertRouted("GET", "/reservations", "", "reservation-service");
        assertRouted("GET", "/assignments", "", "bakery-service");
        assertRouted("GET", "/breads", "", "bakery-service");
        assertRouted("GET", "/pages", "", "query-service");
    }

    @Test
    void theRestOfTheApiGoesToItsOwnerWithTheQueryString() throws Exception {
        assertRouted("POST", "/breads/b1/restock", "{\"quantity\":50}", "bakery-service");
        assertRouted("GET", "/breads/b1", "", "bakery-service");
        assertRouted("POST", "/reservations/r1/pickup", "", "reservation-service");
        assertRouted("POST", "/waitlist", "{\"breadId\":\"b1\",\"phone\":\"010-1234-5678\"}", "reservation-service");
        assertRouted("POST", "/waitlist/w1/accept", "{\"secret\":\"s\"}", "reservation-service");
        assertRouted("DELETE", "/waitlist/w1", "{\"secret\":\"s\"}", "reservation-service");
        assertRouted("GET", "/waitlist?breadId=b1", "", "reservation-service");
        assertRouted("GET", "/reservations?page=0&size=20&status=CONFIRMED", "", "reservation-service");
        assertRouted("GET", "/pages/r1", "", "query-service");
        assertRouted("GET", "/", "", "query-service");
    }

    @Test
    void thePickupBoardTheKitchenAndTheWaitersCardsAreTheReadSides() throws Exception {
        assertRouted("GET", "/board", "", "query-service");
        assertRouted("GET", "/pickup-board", "", "query-service");
        assertRouted("GET", "/live/board", "", "query-service");
        assertRouted("GET", "/live/waitlist/w1", "", "query-service");
        assertRouted("GET", "/kitchen/queues?limit=20", "", "query-service");
    }

    @Test
    void actuatorEndpointsAreNotOpenThroughTheGateway() throws Exception {
        assertThat(send("GET", "/actuator/prometheus", "").statusCode()).isEqualTo(404);
    }

    @Test
    void liveUpdatesArePassedOnWhileTheStreamStaysOpen() throws Exception {
        HttpResponse<InputStream> stream = http.send(HttpRequest.newBuilder(gateway("/live/pages")).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        String expected = "data: query-service\n\n";
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try (InputStream events = stream.body()) {
            Future<String> first = reader.submit(() ->
                    new String(events.readNBytes(expected.length()), StandardCharsets.UTF_8));
            assertThat(first.get(5, TimeUnit.SECONDS)).as("the first event, while the stream is still open")
                    .isEqualTo(expected);
        } finally {
            streamMayEnd.countDown();
            reader.shutdownNow();
        }
    }

    @Test
    void aServiceThatIsDownIsAnsweredTryAgainNotBadGateway() throws Exception {
        services.get("reservation-service").stop(0);

        HttpResponse<String> answer = send("POST", "/reservations", "{\"breadId\":\"2\"}");

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        assertThat(answer.body()).contains("\"status\":503", "problems/unreachable", "try again");
        assertRouted("GET", "/breads", "", "bakery-service");
    }

    private void assertRouted(String method, String pathAndQuery, String body, String owner) throws Exception {
        HttpResponse<String> answer = send(method, pathAndQuery, body);
        assertThat(answer.statusCode()).as(method + " " + pathAndQuery).isEqualTo(200);
        assertThat(answer.body()).as(method + " " + pathAndQuery)
                .isEqualTo(owner + " " + method + " " + pathAndQuery + " " + body);
    }

    private HttpResponse<String> send(String method, String pathAndQuery, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(gateway(pathAndQuery)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI gateway(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + nginx.port() + pathAndQuery);
    }

    /** Answers every request with its own name, the method, the path and query, and the body it received. */
    private String standIn(String name) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            if (exchange.getRequestURI().getPath().equals("/live/pages")) {
                exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
                exchange.sendResponseHeaders(200, 0);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(("data: " + name + "\n\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    streamMayEnd.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            String received = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            byte[] answer = (name + " " + exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + received).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        services.put(name, server);
        return "127.0.0.1:" + server.getAddress().getPort();
    }
}
