package com.bbangshop.reservation.notification;

import java.time.ZoneId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A signed HTTP POST to a gateway (SMS, KakaoTalk) that reaches the customer's phone: on where its URL and secret
 * are set. Any answer but 2xx is a failure, tried again later. The notification's id goes along, so a gateway can
 * drop a notification it got twice (delivery is at least once).
 */
public class WebhookChannel implements NotificationChannel {

    public static final String NAME = "WEBHOOK";

    private final HttpClient http;
    private final NotificationProperties.Webhook settings;
    private final ObjectMapper json;
    private final ZoneId zone;
    private final Clock clock;

    public WebhookChannel(NotificationProperties.Webhook settings, ObjectMapper json, Clock clock, ZoneId zone) {
        this.zone = zone;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String recipient(Contact contact) {
        return contact.phone();
    }

    @Override
    public void send(OutboxEntry entry) throws IOException, InterruptedException {
        String body = body(entry);
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(settings.url()).timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(settings.secret(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<Void> answer = http.send(request, HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() / 100 != 2) {
            throw new IOException("the webhook answered " + answer.statusCode());
        }
    }

    private String body(OutboxEntry entry) throws JsonProcessingException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("notificationId", entry.id());
        body.put("kind", entry.kind().name());
        body.put(entry.kind().isForWaiter() ? "waiterId" : "reservationId", entry.reservationId());
        body.put("phone", entry.recipient());
        if (entry.pickupCode() != null) {
            body.put("pickupCode", entry.pickupCode());
        }
        if (entry.until() != null) {
            body.put("until", entry.until().toString());
        }
        body.put("text", entry.kind().text(entry, zone));
        return json.writeValueAsString(body);
    }
}
