package com.bbangshop.security;

import com.bbangshop.BbangshopClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every staff action is refused without the staff login (401 problem+json with a Basic challenge), refused with a
 * wrong one, and done with the right one; what a customer's kiosk needs stays open; a cancel needs the reservation's
 * secret unless staff send it.
 */
// every staff action is tried with a wrong password: more failures than one address may have (StaffLoginThrottleTest)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "bbangshop.staff.login-throttle.failures-per-address=100")
@AutoConfigureObservability(tracing = false) // Spring Boot's tests leave /actuator/prometheus out otherwise
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaffAccessTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String WRONG_LOGIN = BbangshopClient.basic(BbangshopClient.STAFF_USER, "not-the-password");

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void embeddedDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("bbangshop.data-dir", dataDir::toString);
    }

    @LocalServerPort
    int port;

    private BbangshopClient shop;
    private static String breadId;
    private static String confirmedId;

    /** An answer as far as these tests read it; a live stream's body is its first frame. */
    record Answer(int status, HttpHeaders headers, String body) {
    }

    /** A staff action: what it is, and what it answers when staff do it. */
    record Action(String method, String path, String body, int doneStatus) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @BeforeEach
    void aBreadAndAConfirmedReservation() {
        shop = new BbangshopClient(port);
        if (breadId != null) {
            return;
        }
        breadId = shop.registerBread("guarded granary", 10);
        confirmedId = shop.post("/reservations", Map.of("breadId", breadId)).text("reservationId");
        shop.awaitJson("/reservations/" + confirmedId, r -> r.path("status").asText().equals("CONFIRMED"),
                Duration.ofSeconds(10));
    }

    static List<Action> staffActions() {
        return List.of(
                new Action("POST", "/breads", "{\"breadName\":\"staff bun\",\"quantity\":3}", 201),
                new Action("POST", "/breads/{bread}/restock", "{\"quantity\":2}", 200),
                new Action("POST", "/reservations/{confirmed}/pickup", "", 200),
                new Action("GET", "/reservations", "", 200),
                new Action("GET", "/pages", "", 200),
                new Action("GET", "/assignments", "", 200),
                new Action("GET", "/live/pages", "", 200),
                new Action("GET", "/live/assignments", "", 200),
                new Action("GET", "/live/subscriptions", "", 200),
                new Action("GET", "/staff", "", 200),
                new Action("GET", "/staff.html", "", 200),
                new Action("GET", "/js/staff.js", "", 200),
                new Action("GET", "/js/staff-screens.js", "", 200),
                new Action("GET", "/admin/rebuild", "", 200),
                new Action("POST", "/admin/rebuild", "", 202),
                new Action("GET", "/actuator/prometheus", "", 200),
                new Action("GET", "/actuator/info", "", 200));
    }

    static List<Action> customerActions() {
        return List.of(
                new Action("GET", "/", "", 200),
                new Action("GET", "/js/kiosk.js", "", 200),
                new Action("GET", "/css/bbangshop.css", "", 200),
                new Action("GET", "/breads", "", 200),
                new Action("GET", "/breads/{bread}", "", 200),
                new Action("POST", "/reservations", "{\"breadId\":\"{bread}\"}", 201),
                new Action("GET", "/reservations/{confirmed}", "", 200),
                new Action("GET", "/pages/{confirmed}", "", 200),
                new Action("GET", "/live/breads", "", 200),
                new Action("GET", "/live/reservations/{confirmed}", "", 200),
                new Action("GET", "/actuator/health/liveness", "", 200),
                new Action("GET", "/actuator/health/readiness", "", 200),
                new Action("GET", "/v3/api-docs", "", 200));
    }

    @Order(1)
    @ParameterizedTest(name = "{0} without a login is refused with a Basic challenge")
    @MethodSource("staffActions")
    void aStaffActionWithoutALoginIsRefused(Action action) throws Exception {
        Answer answer = send(action, null);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValue(
                "Basic realm=\"bbangshop staff\", charset=\"UTF-8\"");
        assertProblem(answer, "is for staff: log in with HTTP Basic");
    }

    @Order(2)
    @ParameterizedTest(name = "{0} with a wrong password is refused")
    @MethodSource("staffActions")
    void aStaffActionWithAWrongPasswordIsRefused(Action action) throws Exception {
        Answer answer = send(action, WRONG_LOGIN);

        assertThat(answer.status()).isEqualTo(401);
        assertProblem(answer, "the staff credentials were not accepted");
    }

    @Order(3)
    @ParameterizedTest(name = "{0} with the staff login is done")
    @MethodSource("staffActions")
    void aStaffActionWithTheStaffLoginIsDone(Action action) throws Exception {
        Answer answer = send(action, staffLogin());

        assertThat(answer.status()).as(answer.body()).isEqualTo(action.doneStatus());
        shop.asStaff().awaitJson("/admin/rebuild", status -> status.path("state").asText().equals("READY"),
                Duration.ofSeconds(20));
    }

    @Order(4)
    @ParameterizedTest(name = "{0} is open to customers")
    @MethodSource("customerActions")
    void whatACustomerNeedsIsOpenWithoutALogin(Action action) throws Exception {
        Answer answer = send(action, null);

        assertThat(answer.status()).as(answer.body()).isEqualTo(action.doneStatus());
    }

    @Order(5)
    @Test
    void staffCancelAnyReservationWithoutItsSecretButACustomerCannot() {
        String reservationId = shop.post("/reservations", Map.of("breadId", breadId)).text("reservationId");

        BbangshopClient.Response byCustomer = shop.patch("/reservations/" + reservationId,
                Map.of("status", "cancellation"), Map.of());
        assertThat(byCustomer.status()).isEqualTo(400);
        assertThat(byCustomer.text("detail")).isEqualTo(
                "cancelSecret is required (in the body or the X-Cancel-Secret header)");

        BbangshopClient.Response byStaff = shop.asStaff().patch("/reservations/" + reservationId,
                Map.of("status", "cancellation"), Map.of());
        assertThat(byStaff.status()).isIn(200, 202);
        shop.awaitJson("/reservations/" + reservationId, r -> r.path("status").asText().equals("CANCELED"),
                Duration.ofSeconds(10));
    }

    @Order(6)
    @Test
    void aStaffActionThatAnotherSitesPageSendsIsRefusedEvenWithTheLogin() throws Exception {
        String reservationId = shop.post("/reservations", Map.of("breadId", breadId)).text("reservationId");
        shop.awaitJson("/reservations/" + reservationId, r -> r.path("status").asText().equals("CONFIRMED"),
                Duration.ofSeconds(10));
        HttpRequest.Builder pickup = HttpRequest.newBuilder(uri("/reservations/" + reservationId + "/pickup"))
                .header("Authorization", staffLogin()).POST(HttpRequest.BodyPublishers.noBody());

        Answer fromAnotherSite = send(pickup.copy().header("Sec-Fetch-Site", "cross-site"));
        assertThat(fromAnotherSite.status()).isEqualTo(403);
        assertProblem(fromAnotherSite, "was sent by another site's page");
        // older browsers and web views say only where the page came from
        Answer fromAnotherOrigin = send(pickup.copy().header("Origin", "http://evil.example"));
        assertThat(fromAnotherOrigin.status()).isEqualTo(403);
        assertProblem(fromAnotherOrigin, "was sent by a page of http://evil.example");
        Answer fromAnotherPort = send(pickup.copy().header("Origin", "http://localhost:" + (port + 1)));
        assertThat(fromAnotherPort.status()).isEqualTo(403);
        Answer fromAnOpaqueOrigin = send(pickup.copy().header("Origin", "null"));
        assertThat(fromAnOpaqueOrigin.status()).isEqualTo(403);
        assertProblem(fromAnOpaqueOrigin, "was sent by a page of null");
        assertThat(shop.get("/reservations/" + reservationId).text("status")).isEqualTo("CONFIRMED");

        Answer fromTheStaffPage = send(pickup.copy().header("Sec-Fetch-Site", "same-origin")
                .header("Origin", "http://localhost:" + port));
        assertThat(fromTheStaffPage.status()).isEqualTo(200);
    }

    @Order(7)
    @ParameterizedTest(name = "{0} carries a strict Content-Security-Policy")
    @ValueSource(strings = {"/", "/index.html", "/staff", "/staff.html", "/swagger-ui/index.html", "/breads"})
    void everyPageCarriesAStrictContentSecurityPolicy(String path) throws Exception {
        Answer answer = send(new Action("GET", path, "", 200), staffLogin());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
                        "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'")
                        .doesNotContain("unsafe-inline", "unsafe-eval", "*"));
    }

    @Order(8)
    @Test
    void loggingOutRefusesTheLoginJustSentWithoutAskingForAnother() throws Exception {
        Answer loggedOut = send(new Action("POST", "/staff/logout", "", 401), staffLogin());

        assertThat(loggedOut.status()).isEqualTo(401);
        assertThat(loggedOut.headers().firstValue("WWW-Authenticate")).as("no login prompt").isEmpty();
        assertProblem(loggedOut, "logged out: this browser no longer sends the staff login");
        // a link or an image cannot log staff out: only a POST does
        assertThat(send(new Action("GET", "/staff/logout", "", 404), staffLogin()).status()).isEqualTo(404);
    }

    private Answer send(Action action, String authorization) throws Exception {
        String body = fill(action.body());
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(fill(action.path())))
                .timeout(Duration.ofSeconds(20))
                .method(action.method(), body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (!body.isEmpty()) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    private static Answer send(HttpRequest.Builder request) throws Exception {
        HttpResponse<InputStream> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = answer.body()) {
            // a live stream never ends by itself: read its first frame and hang up
            String text = answer.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")
                    ? firstFrame(body) : new String(body.readAllBytes(), StandardCharsets.UTF_8);
            return new Answer(answer.statusCode(), answer.headers(), text);
        }
    }

    private static String firstFrame(InputStream stream) throws IOException {
        StringBuilder frame = new StringBuilder();
        while (!frame.toString().endsWith("\n\n")) {
            int next = stream.read();
            if (next == -1) {
                break;
            }
            frame.append((char) next);
        }
        return frame.toString();
    }

    private String fill(String template) {
        return template.replace("{bread}", breadId).replace("{confirmed}", confirmedId);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String staffLogin() {
        return BbangshopClient.basic(BbangshopClient.STAFF_USER, BbangshopClient.STAFF_PASSWORD);
    }

    private static void assertProblem(Answer answer, String detail) throws IOException {
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("status").asInt()).isEqualTo(answer.status());
        assertThat(problem.path("detail").asText()).contains(detail);
    }
}
