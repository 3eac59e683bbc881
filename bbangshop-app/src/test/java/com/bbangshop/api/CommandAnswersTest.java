package com.bbangshop.api;

import com.bbangshop.BbangshopClient;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answers of the API as a client reads them: every command answers its resource's view, a problem names each
 * RFC 9457 member once, and a path nothing serves is "not found" for anyone, while staff paths still want the login.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CommandAnswersTest {

    /** Jackson keeps the last of two equal names silently; a client's parser may take the first, or refuse. */
    private static final ObjectMapper STRICT_JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<String> VIEW_MEMBERS = List.of("reservationId", "breadId", "breadName", "quantity",
            "status", "seedStatus", "baker", "placedAt", "updatedAt", "flagged", "flaggedStep", "flaggedAt",
            "pickupCode");
    private static final List<String> BREAD_MEMBERS = List.of("breadId", "breadName", "editionSize", "remaining",
            "reserved", "maxPerReservation", "soldOut", "opensAt", "closesAt", "maxPerCustomer");

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void embeddedDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("bbangshop.data-dir", dataDir::toString);
    }

    @LocalServerPort
    int port;

    @Test
    void aSoldOutProblemNamesEachMemberOnceAndTheReservationsStatusApart() throws Exception {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("one and only", 1);
        assertThat(shop.post("/reservations", Map.of("breadId", breadId, "quantity", 1)).status()).isEqualTo(201);

        HttpResponse<String> soldOut = send("POST", "/reservations", "{\"breadId\":\"" + breadId + "\"}");

        assertThat(soldOut.statusCode()).isEqualTo(409);
        assertThat(soldOut.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(soldOut.body()).as("one status member").containsOnlyOnce("\"status\"");
        JsonNode problem = STRICT_JSON.readTree(soldOut.body());
        assertThat(problem.path("status").asInt()).isEqualTo(409);
        assertThat(problem.path("title").asText()).isEqualTo("Sold out");
        assertThat(problem.path("reservationStatus").asText()).isEqualTo("SOLD_OUT");
        assertThat(problem.path("reservationId").asText()).isNotBlank();
    }

    @Test
    void everyCommandOnAReservationAnswersItsView() {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("viewed loaf", 5);

        BbangshopClient.Response reserved = shop.post("/reservations", Map.of("breadId", breadId, "quantity", 2));
        assertThat(reserved.status()).isEqualTo(201);
        VIEW_MEMBERS.forEach(member -> assertThat(reserved.body().has(member)).as(member).isTrue());
        assertThat(reserved.text("breadName")).isEqualTo("viewed loaf");
        assertThat(reserved.text("status")).isEqualTo("ACCEPTED");
        assertThat(reserved.text("cancelSecret")).hasSize(43);
        String id = reserved.text("reservationId");
        shop.awaitJson("/reservations/" + id, r -> r.path("status").asText().equals("CONFIRMED"),
                Duration.ofSeconds(10));

        BbangshopClient.Response pickedUp = shop.asStaff().post("/reservations/" + id + "/pickup", "");
        assertThat(pickedUp.status()).isEqualTo(200);
        VIEW_MEMBERS.forEach(member -> assertThat(pickedUp.body().has(member)).as(member).isTrue());
        assertThat(pickedUp.text("status")).isEqualTo("PICKED_UP");
        assertThat(pickedUp.text("baker")).isNotBlank();
        assertThat(pickedUp.body().path("quantity").asInt()).isEqualTo(2);

        String other = shop.post("/reservations", Map.of("breadId", breadId)).text("reservationId");
        BbangshopClient.Response canceled = shop.asStaff().patch("/reservations/" + other,
                Map.of("status", "cancellation"), Map.of());
        assertThat(canceled.status()).isEqualTo(200);
        VIEW_MEMBERS.forEach(member -> assertThat(canceled.body().has(member)).as(member).isTrue());
        assertThat(canceled.text("status")).isEqualTo("CANCELED");
    }

    @Test
    void registerAndRestockAnswerTheBreadsViewWithItsNewCounts() {
        BbangshopClient staff = new BbangshopClient(port).asStaff();
        BbangshopClient.Response registered = staff.post("/breads", Map.of("breadName", "counted", "quantity", 4));
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.body().path("editionSize").asInt()).isEqualTo(4);
        assertThat(registered.body().path("remaining").asInt()).isEqualTo(4);
        String breadId = registered.text("breadId");
        assertThat(new BbangshopClient(port).post("/reservations", Map.of("breadId", breadId)).status())
                .isEqualTo(201);

        BbangshopClient.Response restocked = staff.post("/breads/" + breadId + "/restock", Map.of("quantity", 3));

        assertThat(restocked.status()).isEqualTo(200);
        assertThat(restocked.text("breadId")).isEqualTo(breadId);
        assertThat(restocked.text("breadName")).isEqualTo("counted");
        assertThat(restocked.body().path("editionSize").asInt()).isEqualTo(7);
        assertThat(restocked.body().path("remaining").asInt()).isEqualTo(6);
        assertThat(restocked.body().path("reserved").asInt()).isEqualTo(1);
        assertThat(restocked.body().path("soldOut").asBoolean()).isFalse();
    }

    @Test
    void aHandOverByCodeAnswersTheReservationsView() {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("coded loaf", 5);
        BbangshopClient.Response reserved = shop.post("/reservations", Map.of("breadId", breadId, "quantity", 2));
        String id = reserved.text("reservationId");
        shop.awaitJson("/reservations/" + id, r -> r.path("status").asText().equals("CONFIRMED"),
                Duration.ofSeconds(10));

        BbangshopClient.Response pickedUp = shop.asStaff().post("/pickups",
                Map.of("code", reserved.text("pickupCode")));

        assertThat(pickedUp.status()).as(pickedUp.toString()).isEqualTo(200);
        VIEW_MEMBERS.forEach(member -> assertThat(pickedUp.body().has(member)).as(member).isTrue());
        assertThat(pickedUp.text("reservationId")).isEqualTo(id);
        assertThat(pickedUp.text("status")).isEqualTo("PICKED_UP");
        assertThat(pickedUp.text("pickupCode")).isEqualTo(reserved.text("pickupCode"));
        assertThat(pickedUp.text("baker")).isNotBlank();
    }

    @Test
    void staffSaleCommandsAnswerTheBreadsViewAsTheyLeftIt() {
        BbangshopClient staff = new BbangshopClient(port).asStaff();
        Instant later = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String breadId = staff.post("/breads", Map.of("breadName", "run loaf", "quantity", 6,
                "opensAt", later.toString())).text("breadId");

        BbangshopClient.Response opened = staff.post("/breads/" + breadId + "/open", Map.of());
        assertBreadView(opened, breadId, "run loaf");
        assertThat(Instant.parse(opened.text("opensAt"))).isBeforeOrEqualTo(Instant.now());

        BbangshopClient.Response postponed = staff.post("/breads/" + breadId + "/postpone",
                Map.of("opensAt", later.toString()));
        assertBreadView(postponed, breadId, "run loaf");
        assertThat(Instant.parse(postponed.text("opensAt"))).isEqualTo(later);

        BbangshopClient.Response renamed = staff.patch("/breads/" + breadId, Map.of("breadName", " sun loaf "),
                Map.of());
        assertBreadView(renamed, breadId, "sun loaf");

        BbangshopClient.Response closed = staff.post("/breads/" + breadId + "/close", Map.of());
        assertBreadView(closed, breadId, "sun loaf");
        assertThat(Instant.parse(closed.text("closesAt"))).isBeforeOrEqualTo(Instant.now());
    }

    private static void assertBreadView(BbangshopClient.Response answer, String breadId, String name) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        BREAD_MEMBERS.forEach(member -> assertThat(answer.body().has(member)).as(member).isTrue());
        assertThat(answer.text("breadId")).isEqualTo(breadId);
        assertThat(answer.text("breadName")).isEqualTo(name);
        assertThat(answer.body().path("editionSize").asInt()).isEqualTo(6);
    }

    @Test
    void aPathNothingServesIsNotFoundForAnyoneWhileStaffPathsStillWantTheLogin() throws Exception {
        for (String path : List.of("/no-such-page", "/admin/anything-added-later", "/js/no-such-script.js",
                "/breads/some-bread/bake")) {
            HttpResponse<String> answer = send("GET", path, null);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(path)
                    .startsWith("application/problem+json");
            assertThat(answer.headers().firstValue("WWW-Authenticate")).as(path).isEmpty();
            assertThat(STRICT_JSON.readTree(answer.body()).path("status").asInt()).isEqualTo(404);
        }
        for (String path : List.of("/staff", "/staff.html", "/js/staff.js", "/admin/rebuild", "/pages",
                "/assignments", "/live/pages")) {
            assertThat(send("GET", path, null).statusCode()).as(path).isEqualTo(401);
        }
        assertThat(send("POST", "/breads/some-bread/restock", "{\"quantity\":1}").statusCode()).isEqualTo(401);
    }

    @Test
    void theQrCodeIsDrawnForAnAddressOfThisShopOnly() throws Exception {
        String own = "http://localhost:" + port + "/#reservation=r-1&secret=s";
        HttpResponse<String> drawn = send("POST", "/qr-codes", "{\"url\":\"" + own + "\"}");
        assertThat(drawn.statusCode()).isEqualTo(200);
        assertThat(drawn.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("image/svg+xml"));
        assertThat(drawn.body()).startsWith("<svg ").contains("<path d=\"M");

        for (String url : List.of("http://evil.example/#x", "javascript:alert(1)",
                "http://user@localhost:" + port + "/", "ftp://localhost:" + port + "/", "not a url",
                own + "x".repeat(300))) {
            HttpResponse<String> refused = send("POST", "/qr-codes",
                    new ObjectMapper().writeValueAsString(Map.of("url", url)));
            assertThat(refused.statusCode()).as(url).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).as(url)
                    .startsWith("application/problem+json");
            assertThat(STRICT_JSON.readTree(refused.body()).path("detail").asText()).as(url).contains("url");
        }
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
