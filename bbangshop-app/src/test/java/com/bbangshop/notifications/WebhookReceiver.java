package com.bbangshop.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real HTTP server standing in for an SMS gateway: it keeps what it is sent, and fails for the phones it is told. */
final class WebhookReceiver implements AutoCloseable {

    record Received(Instant at, String timestamp, String signature, String body, JsonNode json) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    final List<Received> received = new CopyOnWriteArrayList<>();
    final Set<String> failingPhones = ConcurrentHashMap.newKeySet();
    private final HttpServer server;

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/gateway", this::receive);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/gateway");
    }

    List<Received> forReservation(String reservationId) {
        return received.stream().filter(r -> r.json().path("reservationId").asText().equals(reservationId)).toList();
    }

    private void receive(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        JsonNode json = JSON.readTree(body);
        received.add(new Received(Instant.now(), exchange.getRequestHeaders().getFirst("X-Bbangshop-Timestamp"),
                exchange.getRequestHeaders().getFirst("X-Bbangshop-Signature"), body, json));
        exchange.sendResponseHeaders(failingPhones.contains(json.path("phone").asText()) ? 503 : 204, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
