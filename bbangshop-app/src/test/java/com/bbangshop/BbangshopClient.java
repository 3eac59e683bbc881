package com.bbangshop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.function.Predicate;

/** Talks to a running bbangshop over HTTP, the way a kiosk would; {@link #asStaff()} the way the staff page does. */
public final class BbangshopClient {

    /** The staff login of every app the tests start: src/test/resources/config/application.yml. */
    public static final String STAFF_USER = "test-staff";
    public static final String STAFF_PASSWORD = "test-staff-password";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final Map<String, String> login;

    public BbangshopClient(int port) {
        this("http://localhost:" + port, Map.of());
    }

    private BbangshopClient(String base, Map<String, String> login) {
        this.base = base;
        this.login = login;
    }

    /** The same shop, with the staff login sent on every call. */
    public BbangshopClient asStaff() {
        return new BbangshopClient(base, Map.of("Authorization", basic(STAFF_USER, STAFF_PASSWORD)));
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    public record Response(int status, String contentType, JsonNode body) {

        public String text(String field) {
            return body.path(field).asText();
        }
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Response post(String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    public Response patch(String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json(body)));
        headers.forEach(request::header);
        return send(request);
    }

    /** Registers a bread as staff do, and waits until the read side knows it. */
    public String registerBread(String name, int quantity) {
        Response response = asStaff().post("/breads", Map.of("breadName", name, "quantity", quantity));
        if (response.status() != 201) {
            throw new AssertionError("registering a bread answered " + response);
        }
        String breadId = response.text("breadId");
        awaitJson("/breads/" + breadId, bread -> bread.path("breadId").asText().equals(breadId),
                Duration.ofSeconds(10));
        return breadId;
    }

    /** Polls a GET until its JSON satisfies the condition; fails with the last answer if it never does. */
    public JsonNode awaitJson(String path, Predicate<JsonNode> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Response last;
        do {
            last = get(path);
            if (last.status() == 200 && condition.test(last.body())) {
                return last.body();
            }
            sleep(50);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("GET " + path + " never met the condition; last answer: " + last);
    }

    private Response send(HttpRequest.Builder request) {
        login.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body));
        } catch (IOException e) {
            throw new AssertionError("HTTP call failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String json(Object body) {
        try {
            return body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
