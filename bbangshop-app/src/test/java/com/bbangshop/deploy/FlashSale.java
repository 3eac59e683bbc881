package com.bbangshop.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many customers reserving one loaf each of one bread at once, through the gateway, for a bounded time. Every
 * request is timed and its answer kept; a customer refused or cut off tries again a moment later, as a kiosk does.
 */
final class FlashSale implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final long RETRY_PAUSE_MILLIS = 1000;

    /** One request: its HTTP status (0 when no answer came) and body, and when it started and ended. */
    record Answer(int status, JsonNode body, long startedNanos, long endedNanos) {

        String reservationId() {
            return body.path("reservationId").asText(null);
        }

        /** No service answered it: no answer at all, the gateway gave up waiting, or found no service there. */
        boolean unanswered() {
            return status == 0 || status == 504
                    || status == 503 && body.path("type").asText().endsWith("/problems/unreachable");
        }

        boolean during(long fromNanos, long toNanos) {
            return startedNanos <= toNanos && endedNanos >= fromNanos;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final AtomicInteger issued = new AtomicInteger();
    private final ExecutorService customers;
    private final URI reservations;
    private final String order;
    private final int requests;
    private final long endsAtNanos;

    private FlashSale(int gatewayPort, String breadId, int requests, int clients, Duration lasting) {
        this.reservations = URI.create("http://127.0.0.1:" + gatewayPort + "/reservations");
        this.order = "{\"breadId\":\"" + breadId + "\"}";
        this.requests = requests;
        this.endsAtNanos = System.nanoTime() + lasting.toNanos();
        this.customers = Executors.newFixedThreadPool(clients);
    }

    /** Starts {@code clients} customers sending up to {@code requests} reserve requests within {@code lasting}. */
    static FlashSale start(int gatewayPort, String breadId, int requests, int clients, Duration lasting) {
        FlashSale sale = new FlashSale(gatewayPort, breadId, requests, clients, lasting);
        for (int i = 0; i < clients; i++) {
            sale.customers.execute(sale::customer);
        }
        sale.customers.shutdown();
        return sale;
    }

    int answered() {
        return answers.size();
    }

    /** Waits until every customer is done; fails if some are still waiting for an answer after the timeout. */
    List<Answer> awaitEnd(Duration timeout) throws InterruptedException {
        if (!customers.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the sale's customers were still waiting " + timeout + " after it began to end");
        }
        return new ArrayList<>(answers);
    }

    /** How many answers had each status: {201=.., 409=.., ...}. */
    static Map<Integer, Integer> countByStatus(List<Answer> answers) {
        Map<Integer, Integer> counts = new TreeMap<>();
        answers.forEach(answer -> counts.merge(answer.status(), 1, Integer::sum));
        return counts;
    }

    @Override
    public void close() {
        customers.shutdownNow();
    }

    private void customer() {
        while (System.nanoTime() < endsAtNanos && issued.incrementAndGet() <= requests
                && !Thread.currentThread().isInterrupted()) {
            Answer answer = reserve();
            answers.add(answer);
            if (answer.status() == 0 || answer.status() >= 500) {
                try {
                    Thread.sleep(RETRY_PAUSE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private Answer reserve() {
        long started = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(reservations).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(order)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), parse(response.body()), started, System.nanoTime());
        } catch (IOException noAnswer) {
            return new Answer(0, JSON.createObjectNode().put("error", noAnswer.toString()), started,
                    System.nanoTime());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, JSON.createObjectNode().put("error", "interrupted"), started, System.nanoTime());
        }
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.createObjectNode().put("text", body);
        }
    }
}
