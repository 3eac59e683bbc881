package com.bbangshop.hostile;

import com.bbangshop.BbangshopClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile and mistaken requests to every endpoint: each is answered with the right 4xx as problem+json whose detail
 * says what is wrong, and none of them adds an event to the event store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileRequestsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, String> NONE = Map.of();
    private static final Map<String, String> STAFF = Map.of("Authorization",
            BbangshopClient.basic(BbangshopClient.STAFF_USER, BbangshopClient.STAFF_PASSWORD));
    private static final String LONG_NAME = "b".repeat(61);
    private static final String LONG_ID = "b".repeat(65);
    private static final String CONTROL = "\\u0007bell";
    private static final String MANY_PARAMETERS = IntStream.range(0, 20_000).mapToObj(i -> "p" + i + "=1")
            .collect(Collectors.joining("&"));
    private static final String LARGE_BODY = "{\"breadId\":\"" + "b".repeat(70_000) + "\"}";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void embeddedDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("bbangshop.data-dir", dataDir::toString);
    }

    @LocalServerPort
    int port;

    /** The events' own database (service-autoconfigure's EventStoreDatabase). */
    @Autowired
    @Qualifier("eventStore")
    DataSource eventStore;

    /** What the rows refer to as {name}: a bread and reservations in each state that matters. */
    private static final Map<String, String> known = new HashMap<>();

    record Row(String what, String method, String path, String body, Map<String, String> headers, int status,
               String detail) {

        @Override
        public String toString() {
            return what + ": " + method + " " + path + " → " + status;
        }
    }

    static List<Row> hostileRequests() {
        return List.of(
                // POST /breads
                new Row("malformed JSON", "POST", "/breads", "{\"breadName\":\"x\",\"quantity\":", STAFF, 400,
                        "the request body is not valid JSON"),
                new Row("no body", "POST", "/breads", "", STAFF, 400,
                        "the request body is missing; send a JSON object"),
                new Row("a JSON array", "POST", "/breads", "[1,2]", STAFF, 400,
                        "the request body must be a JSON object"),
                new Row("missing fields", "POST", "/breads", "{}", STAFF, 400,
                        "breadName must not be blank; quantity must not be null"),
                new Row("missing quantity", "POST", "/breads", "{\"breadName\":\"rye\"}", STAFF, 400,
                        "quantity must not be null"),
                new Row("extra field", "POST", "/breads", "{\"breadName\":\"rye\",\"quantity\":5,\"price\":3}",
                        STAFF, 400, "unknown field 'price'"),
                new Row("quantity as text", "POST", "/breads", "{\"breadName\":\"rye\",\"quantity\":\"many\"}",
                        STAFF, 400, "'quantity' must be an integer"),
                new Row("quantity as a numeric string", "POST", "/breads",
                        "{\"breadName\":\"rye\",\"quantity\":\"5\"}", STAFF, 400, "'quantity' must be an integer"),
                new Row("fractional quantity", "POST", "/breads", "{\"breadName\":\"rye\",\"quantity\":1.5}",
                        STAFF, 400, "'quantity' must be an integer, not '1.5'"),
                new Row("quantity as a boolean", "POST", "/breads", "{\"breadName\":\"rye\",\"quantity\":true}",
                        STAFF, 400, "'quantity' must be an integer"),
                new Row("name as a number", "POST", "/breads", "{\"breadName\":123,\"quantity\":5}", STAFF, 400,
                        "'breadName' must be a string, not '123'"),
                new Row("name as a list", "POST", "/breads", "{\"breadName\":[\"rye\"],\"quantity\":5}", STAFF, 400,
                        "'breadName' must be a string"),
                new Row("zero quantity", "POST", "/breads", "{\"breadName\":\"rye\",\"quantity\":0}", STAFF, 400,
                        "quantity must be greater than or equal to 1"),
                new Row("negative quantity", "POST", "/breads", "{\"breadName\":\"rye\",\"quantity\":-3}", STAFF,
                        400, "quantity must be greater than or equal to 1"),
                new Row("edition too large", "POST", "/breads", "{\"breadName\":\"rye\",\"quantity\":1000001}",
                        STAFF, 400, "quantity must be less than or equal to 1000000"),
                new Row("quantity beyond any integer", "POST", "/breads",
                        "{\"breadName\":\"rye\",\"quantity\":99999999999999999999}", STAFF, 400,
                        "'quantity' must be an integer within range"),
                new Row("over-long name", "POST", "/breads", "{\"breadName\":\"" + LONG_NAME + "\",\"quantity\":5}",
                        STAFF, 400, "breadName size must be between 0 and 60"),
                new Row("blank name", "POST", "/breads", "{\"breadName\":\"   \",\"quantity\":5}", STAFF, 400,
                        "breadName must not be blank"),
                new Row("control character in the name", "POST", "/breads",
                        "{\"breadName\":\"" + CONTROL + "\",\"quantity\":5}", STAFF, 400,
                        "breadName must not contain control characters"),
                new Row("a bidirectional override in the name", "POST", "/breads",
                        "{\"breadName\":\"cookie\\u202egnp.exe\",\"quantity\":5}", STAFF, 400,
                        "breadName must not contain bidirectional control characters (U+202A to U+202E, "
                                + "U+2066 to U+2069)"),
                new Row("a bidirectional isolate in the name", "POST", "/breads",
                        "{\"breadName\":\"rye\\u2067bread\",\"quantity\":5}", STAFF, 400,
                        "breadName must not contain bidirectional control characters"),
                new Row("an unpaired surrogate in the name", "POST", "/breads",
                        "{\"breadName\":\"a\\ud800b\",\"quantity\":5}", STAFF, 400,
                        "breadName must not contain an unpaired surrogate (it is not valid Unicode)"),
                new Row("a field given twice", "POST", "/breads",
                        "{\"breadName\":\"dupe\",\"quantity\":1,\"quantity\":1000}", STAFF, 400,
                        "the request body gives field 'quantity' twice"),
                new Row("too many per reservation", "POST", "/breads",
                        "{\"breadName\":\"rye\",\"quantity\":5,\"maxPerReservation\":11}", STAFF, 400,
                        "maxPerReservation must be less than or equal to 10"),
                new Row("not JSON at all", "POST", "/breads", "breadName=rye", Map.of("Content-Type", "text/plain",
                        "Authorization", STAFF.get("Authorization")), 415, "Content-Type 'text/plain"),
                // POST /breads/{id}/restock
                new Row("restock nothing", "POST", "/breads/{bread}/restock", "{\"quantity\":0}", STAFF, 400,
                        "quantity must be greater than or equal to 1"),
                new Row("restock a negative amount", "POST", "/breads/{bread}/restock", "{\"quantity\":-1}", STAFF,
                        400, "quantity must be greater than or equal to 1"),
                new Row("restock without quantity", "POST", "/breads/{bread}/restock", "{}", STAFF, 400,
                        "quantity must not be null"),
                new Row("restock with an extra field", "POST", "/breads/{bread}/restock",
                        "{\"quantity\":1,\"reason\":\"x\"}", STAFF, 400, "unknown field 'reason'"),
                new Row("restock beyond the largest edition", "POST", "/breads/{bread}/restock",
                        "{\"quantity\":999999}", STAFF, 409,
                        "an edition holds at most 1000000 loaves; this one has 10"),
                new Row("restock with the quantity twice", "POST", "/breads/{bread}/restock",
                        "{\"quantity\":1,\"quantity\":999}", STAFF, 400,
                        "the request body gives field 'quantity' twice"),
                new Row("restock an unknown bread", "POST", "/breads/no-such-bread/restock", "{\"quantity\":1}",
                        STAFF, 404, "no bread with id no-such-bread"),
                // GET /breads
                new Row("negative page", "GET", "/breads?page=-1", "", NONE, 400,
                        "page must be greater than or equal to 0"),
                new Row("empty page size", "GET", "/breads?size=0", "", NONE, 400,
                        "size must be greater than or equal to 1"),
                new Row("huge page size", "GET", "/breads?size=100000", "", NONE, 400,
                        "size must be less than or equal to 200"),
                new Row("page size as text", "GET", "/breads?size=all", "", NONE, 400, "size must be an integer"),
                new Row("a page whose offset passes an int", "GET", "/breads?page=2147483647&size=200", "", NONE,
                        400, "page must be less than or equal to 1000000"),
                new Row("unknown bread", "GET", "/breads/no-such-bread", "", NONE, 404,
                        "no bread with id no-such-bread"),
                // POST /reservations
                new Row("reserve without a bread", "POST", "/reservations", "{}", NONE, 400,
                        "breadId must not be blank"),
                new Row("reserve malformed JSON", "POST", "/reservations", "{\"breadId\":", NONE, 400,
                        "the request body is not valid JSON"),
                new Row("reserve with an extra field", "POST", "/reservations",
                        "{\"breadId\":\"{bread}\",\"price\":0}", NONE, 400, "unknown field 'price'"),
                new Row("reserve zero loaves", "POST", "/reservations", "{\"breadId\":\"{bread}\",\"quantity\":0}",
                        NONE, 400, "quantity must be greater than or equal to 1"),
                new Row("reserve a negative amount", "POST", "/reservations",
                        "{\"breadId\":\"{bread}\",\"quantity\":-2}", NONE, 400,
                        "quantity must be greater than or equal to 1"),
                new Row("reserve more than any bread allows", "POST", "/reservations",
                        "{\"breadId\":\"{bread}\",\"quantity\":11}", NONE, 400,
                        "quantity must be less than or equal to 10"),
                new Row("reserve more than this bread allows", "POST", "/reservations",
                        "{\"breadId\":\"{bread}\",\"quantity\":6}", NONE, 400,
                        "quantity must be at most 5 for hostile honey bread"),
                new Row("reserve a quantity beyond any integer", "POST", "/reservations",
                        "{\"breadId\":\"{bread}\",\"quantity\":4294967296}", NONE, 400,
                        "'quantity' must be an integer within range"),
                new Row("bread id as a number", "POST", "/reservations", "{\"breadId\":42}", NONE, 400,
                        "'breadId' must be a string"),
                new Row("over-long bread id", "POST", "/reservations", "{\"breadId\":\"" + LONG_ID + "\"}",
                        NONE, 400, "breadId size must be between 0 and 64"),
                new Row("control character in the bread id", "POST", "/reservations",
                        "{\"breadId\":\"" + CONTROL + "\"}", NONE, 400, "breadId must not contain control characters"),
                new Row("a bidirectional override in the bread id", "POST", "/reservations",
                        "{\"breadId\":\"x\\u202ey\"}", NONE, 400, "breadId must not contain control characters, "
                                + "bidirectional controls or unpaired surrogates"),
                new Row("reserve with the quantity twice", "POST", "/reservations",
                        "{\"breadId\":\"{bread}\",\"quantity\":1,\"quantity\":9}", NONE, 400,
                        "the request body gives field 'quantity' twice"),
                new Row("reserve an unknown bread", "POST", "/reservations", "{\"breadId\":\"no-such-bread\"}", NONE,
                        404, "no bread with id no-such-bread"),
                // PATCH /reservations/{id}
                new Row("cancel without the secret", "PATCH", "/reservations/{confirmed}",
                        "{\"status\":\"cancellation\"}", NONE, 400,
                        "cancelSecret is required (in the body or the X-Cancel-Secret header)"),
                new Row("cancel with a wrong secret", "PATCH", "/reservations/{confirmed}",
                        "{\"status\":\"cancellation\"}", Map.of("X-Cancel-Secret", "guessed"), 403,
                        "the cancel secret does not match reservation {confirmed}"),
                new Row("cancel with another reservation's secret", "PATCH", "/reservations/{confirmed}",
                        "{\"status\":\"cancellation\",\"cancelSecret\":\"{pickedUpSecret}\"}", NONE, 403,
                        "the cancel secret does not match reservation {confirmed}"),
                new Row("an over-long secret", "PATCH", "/reservations/{confirmed}",
                        "{\"status\":\"cancellation\",\"cancelSecret\":\"" + "s".repeat(129) + "\"}", NONE, 400,
                        "cancelSecret size must be between 0 and 128"),
                new Row("an unknown status", "PATCH", "/reservations/{confirmed}",
                        "{\"status\":\"picked up\"}", Map.of("X-Cancel-Secret", "{confirmedSecret}"), 400,
                        "status must be 'cancellation' (the only status a customer can set)"),
                new Row("no status", "PATCH", "/reservations/{confirmed}", "{}",
                        Map.of("X-Cancel-Secret", "{confirmedSecret}"), 400, "status must not be null"),
                new Row("cancel with an extra field", "PATCH", "/reservations/{confirmed}",
                        "{\"status\":\"cancellation\",\"refund\":true}", Map.of("X-Cancel-Secret", "{confirmedSecret}"),
                        400, "unknown field 'refund'"),
                new Row("cancel with the status twice", "PATCH", "/reservations/{confirmed}",
                        "{\"status\":\"cancellation\",\"status\":\"picked up\"}",
                        Map.of("X-Cancel-Secret", "{confirmedSecret}"), 400,
                        "the request body gives field 'status' twice"),
                new Row("cancel after pickup", "PATCH", "/reservations/{pickedUp}", "{\"status\":\"cancellation\"}",
                        Map.of("X-Cancel-Secret", "{pickedUpSecret}"), 409,
                        "reservation {pickedUp} was picked up; it can no longer be canceled"),
                new Row("cancel a sold-out reservation", "PATCH", "/reservations/{soldOut}",
                        "{\"status\":\"cancellation\"}", STAFF, 409,
                        "reservation {soldOut} was sold out; there is nothing to cancel"),
                new Row("cancel an unknown reservation", "PATCH", "/reservations/no-such-reservation",
                        "{\"status\":\"cancellation\"}", Map.of("X-Cancel-Secret", "any"), 404,
                        "no reservation with id no-such-reservation"),
                // POST /reservations/{id}/pickup
                new Row("pickup twice", "POST", "/reservations/{pickedUp}/pickup", "", STAFF, 409,
                        "reservation {pickedUp} is PICKED_UP; only a CONFIRMED or READY reservation can be picked up"),
                new Row("pickup of a sold-out reservation", "POST", "/reservations/{soldOut}/pickup", "", STAFF, 409,
                        "reservation {soldOut} is SOLD_OUT; only a CONFIRMED or READY reservation can be picked up"),
                new Row("pickup of an unknown reservation", "POST", "/reservations/no-such-reservation/pickup", "",
                        STAFF, 404, "no reservation with id no-such-reservation"),
                // POST /reservations/{id}/ready, /reservations/ready
                new Row("ready of a sold-out reservation", "POST", "/reservations/{soldOut}/ready", "", STAFF, 409,
                        "reservation {soldOut} is SOLD_OUT; only a CONFIRMED reservation can be marked ready"),
                new Row("ready of an unknown reservation", "POST", "/reservations/no-such-reservation/ready", "",
                        STAFF, 404, "no reservation with id no-such-reservation"),
                new Row("a tray of no reservations made ready", "POST", "/reservations/ready",
                        "{\"reservationIds\":[]}", STAFF, 400, "reservationIds size must be between 1 and 100"),
                // GET /reservations, /pages, /assignments, live streams
                new Row("unknown status filter", "GET", "/reservations?status=BAKED", "", STAFF, 400,
                        "status must be one of [REQUESTED, SOLD_OUT, ACCEPTED, CONFIRMED, READY, "
                                + "CANCELLATION_REQUESTED, CANCELED, PICKED_UP, NO_SHOW]"),
                new Row("negative reservations page", "GET", "/reservations?page=-1", "", STAFF, 400,
                        "page must be greater than or equal to 0"),
                new Row("a reservations page past an int's offset", "GET", "/reservations?page=20000000&size=200",
                        "", STAFF, 400, "page must be less than or equal to 1000000"),
                new Row("unknown reservation", "GET", "/reservations/no-such-reservation", "", NONE, 404,
                        "no reservation with id no-such-reservation"),
                new Row("unknown status filter on pages", "GET", "/pages?status=baked", "", STAFF, 400,
                        "status must be one of [REQUESTED, SOLD_OUT, ACCEPTED, CONFIRMED, READY, "
                                + "CANCELLATION_REQUESTED, CANCELED, PICKED_UP, NO_SHOW]"),
                new Row("huge pages page", "GET", "/pages?size=201", "", STAFF, 400,
                        "size must be less than or equal to 200"),
                new Row("a pages page past an int's offset", "GET", "/pages?page=2147483647&size=200", "", STAFF,
                        400, "page must be less than or equal to 1000000"),
                new Row("unknown page", "GET", "/pages/no-such-reservation", "", NONE, 404,
                        "no reservation with id no-such-reservation"),
                new Row("empty assignments page", "GET", "/assignments?size=0", "", STAFF, 400,
                        "size must be greater than or equal to 1"),
                new Row("assignments page as text", "GET", "/assignments?page=first", "", STAFF, 400,
                        "page must be an integer"),
                new Row("an assignments page past an int's offset", "GET", "/assignments?page=10737419&size=200",
                        "", STAFF, 400, "page must be less than or equal to 1000000"),
                new Row("live stream of an unknown reservation", "GET", "/live/reservations/no-such-reservation", "",
                        NONE, 404, "no reservation with id no-such-reservation"),
                // refused before Spring MVC: by Tomcat, or by Spring Security's firewall
                new Row("an encoded slash in the path", "GET", "/breads/..%2Fx", "", NONE, 400,
                        "the request's URL is malformed: an encoded slash (%2F) is not allowed"),
                new Row("an encoded backslash in the path", "GET", "/breads/..%5Cx", "", NONE, 400,
                        "the request's URL is malformed: an encoded backslash (%5C) is not allowed"),
                new Row("a NUL in the path", "GET", "/breads/%00", "", NONE, 400,
                        "the request's URL is malformed: an encoded NUL (%00) is not allowed"),
                new Row("encoded dots in the path", "GET", "/breads/%2e%2e/breads", "", NONE, 400,
                        "the request's URL contained a potentially malicious String \"%2e\""),
                new Row("a raw ../ in the path", "GET", "/breads/../breads", "", NONE, 400,
                        "the request's URL was not normalized"),
                new Row("CR LF in the path", "GET", "/breads/%0d%0a", "", NONE, 400,
                        "the request's URL contained a potentially malicious String \"%0"),
                new Row("a 64 KB path", "GET", "/breads/" + "b".repeat(65_536), "", NONE, 400,
                        "the request's line or headers are larger than 8192 bytes"),
                new Row("a 64 KB query string", "GET", "/breads?name=" + "b".repeat(65_536), "", NONE, 400,
                        "the request's line or headers are larger than 8192 bytes"),
                new Row("20,000 parameters", "GET", "/breads?" + MANY_PARAMETERS, "", NONE, 400,
                        "the request's line or headers are larger than 8192 bytes"),
                // bodies: bbangshop's commands are small JSON objects
                new Row("a body over the limit", "POST", "/reservations", LARGE_BODY, NONE, 413,
                        "the request body has " + LARGE_BODY.length() + " bytes; at most 65536 are accepted"),
                new Row("a staff body over the limit", "POST", "/breads", LARGE_BODY, STAFF, 413,
                        "the request body has " + LARGE_BODY.length() + " bytes; at most 65536 are accepted"));
    }

    @BeforeEach
    void aBreadAndReservationsInEveryStateThatMatters() {
        if (!known.isEmpty()) {
            return;
        }
        BbangshopClient shop = new BbangshopClient(port);
        known.put("bread", shop.registerBread("hostile honey bread", 10));
        BbangshopClient.Response confirmed = reserveConfirmed(shop, known.get("bread"));
        known.put("confirmed", confirmed.text("reservationId"));
        known.put("confirmedSecret", confirmed.text("cancelSecret"));
        BbangshopClient.Response pickedUp = reserveConfirmed(shop, known.get("bread"));
        known.put("pickedUp", pickedUp.text("reservationId"));
        known.put("pickedUpSecret", pickedUp.text("cancelSecret"));
        assertThat(shop.asStaff().post("/reservations/" + known.get("pickedUp") + "/pickup", "").status())
                .isEqualTo(200);
        String lastLoaf = shop.registerBread("hostile last loaf", 1);
        reserveConfirmed(shop, lastLoaf);
        BbangshopClient.Response soldOut = shop.post("/reservations", Map.of("breadId", lastLoaf));
        assertThat(soldOut.status()).isEqualTo(409);
        known.put("soldOut", soldOut.text("reservationId"));
        awaitStatus(shop, known.get("pickedUp"), "PICKED_UP");
        awaitStatus(shop, known.get("soldOut"), "SOLD_OUT");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRequests")
    void aHostileRequestGetsAPreciseProblemAndChangesNothing(Row row) throws Exception {
        long eventsBefore = events();

        HttpResponse<String> answer = send(row);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(row.status());
        assertThat(answer.headers().firstValue("Content-Type")).as(answer.body())
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("status").asInt()).isEqualTo(row.status());
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).contains(fill(row.detail()));
        assertSecurityHeaders(answer.headers().map());
        assertThat(events()).as("events in the store").isEqualTo(eventsBefore);
    }

    @Test
    void aBodyAnnouncedLargerThanTheLimitIsRefusedBeforeItIsSent() throws Exception {
        RawAnswer answer = RawAnswer.exchange(port, "POST /reservations HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 19000000\r\n\r\n{\"breadId\":\"");

        assertThat(answer.status()).as(answer.body()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(JSON.readTree(answer.body()).path("detail").asText())
                .isEqualTo("the request body has 19000000 bytes; at most 65536 are accepted");
        assertSecurityHeaders(answer.headers());
    }

    @Test
    void aChunkedBodyIsRefusedAsSoonAsItPassesTheLimit() throws Exception {
        String chunk = "{\"breadId\":\"" + "b".repeat(70_000);
        RawAnswer answer = RawAnswer.exchange(port, "POST /reservations HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                + Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n");

        assertThat(answer.status()).as(answer.body()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(JSON.readTree(answer.body()).path("detail").asText())
                .isEqualTo("the request body has more than 65536 bytes; at most 65536 are accepted");
        assertSecurityHeaders(answer.headers());
    }

    private static void assertSecurityHeaders(Map<String, List<String>> headers) {
        Map<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.putAll(headers);
        assertThat(byName.get("X-Content-Type-Options")).as("security headers").containsExactly("nosniff");
        assertThat(byName.get("X-Frame-Options")).as("security headers").containsExactly("DENY");
        assertThat(byName.get("Cache-Control")).as("security headers").isNotEmpty();
    }

    private HttpResponse<String> send(Row row) throws Exception {
        String body = fill(row.body());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + fill(row.path())))
                .timeout(Duration.ofSeconds(20))
                .method(row.method(), body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (!row.method().equals("GET") && !row.headers().containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        row.headers().forEach((name, value) -> request.header(name, fill(value)));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long events() {
        Long count = new JdbcTemplate(eventStore).queryForObject("select count(*) from domain_event_entry",
                Long.class);
        return count == null ? 0 : count;
    }

    private static String fill(String template) {
        String filled = template;
        for (Map.Entry<String, String> name : known.entrySet()) {
            filled = filled.replace("{" + name.getKey() + "}", name.getValue());
        }
        return filled;
    }

    private static BbangshopClient.Response reserveConfirmed(BbangshopClient shop, String breadId) {
        BbangshopClient.Response answer = shop.post("/reservations", Map.of("breadId", breadId));
        assertThat(answer.status()).isEqualTo(201);
        awaitStatus(shop, answer.text("reservationId"), "CONFIRMED");
        return answer;
    }

    private static void awaitStatus(BbangshopClient shop, String reservationId, String status) {
        shop.awaitJson("/reservations/" + reservationId, r -> r.path("status").asText().equals(status),
                Duration.ofSeconds(10));
    }
}
