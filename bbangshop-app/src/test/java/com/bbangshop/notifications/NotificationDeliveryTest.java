package com.bbangshop.notifications;

import com.bbangshop.BbangshopClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Notifications of the assembled app, sent to a real SMTP server (GreenMail) and a real HTTP server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotificationDeliveryTest {

    private static final String SECRET = "webhook-test-secret";
    private static final Duration WAIT = Duration.ofSeconds(15);
    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final WebhookReceiver WEBHOOK;

    static {
        SMTP.start();
        try {
            WEBHOOK = new WebhookReceiver();
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void notificationChannels(DynamicPropertyRegistry registry) {
        registry.add("bbangshop.data-dir", dataDir::toString);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("bbangshop.notifications.webhook.url", () -> WEBHOOK.url().toString());
        registry.add("bbangshop.notifications.webhook.secret", () -> SECRET);
        registry.add("bbangshop.notifications.poll-every", () -> "PT0.1S");
        registry.add("bbangshop.notifications.first-backoff", () -> "PT0.3S");
        registry.add("bbangshop.notifications.max-backoff", () -> "PT5S");
        registry.add("bbangshop.notifications.max-attempts", () -> "3");
        // the warning before the pickup deadline comes two seconds after a loaf is ready
        registry.add("bbangshop.pickup.window", () -> "PT1M");
        registry.add("bbangshop.pickup.warn-before", () -> "PT58S");
        registry.add("bbangshop.customers.key", () -> "notification-test-key");
    }

    @AfterAll
    static void stopServers() {
        SMTP.stop();
        WEBHOOK.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("eventStore")
    DataSource eventStore;

    @Autowired
    EventProcessingConfiguration processors;

    @Test
    void aStaffCancelIsSentByEmailAndBySignedWebhookAndTheContactIsDeletedAndNeverInAnEvent() throws Exception {
        BbangshopClient shop = new BbangshopClient(port);
        String reservationId = reserve(shop, "minji@example.com", "010-2222-3333");
        assertThat(contactCount(reservationId)).isEqualTo(1);

        cancelAsStaff(shop, reservationId);

        MimeMessage mail = await(() -> mailsTo("minji@example.com"), 1).get(0);
        assertThat(mail.getSubject()).isEqualTo("[빵샵] 예약이 취소되었습니다 / [bbangshop] Your reservation was canceled");
        String text = mail.getContent().toString();
        assertThat(text.indexOf("매장에서 예약 " + reservationId)).isGreaterThanOrEqualTo(0)
                .isLessThan(text.indexOf("The shop canceled reservation " + reservationId));

        WebhookReceiver.Received post = awaitWebhook(reservationId, 1).get(0);
        assertThat(post.json().path("phone").asText()).isEqualTo("+821022223333");
        assertThat(post.json().path("kind").asText()).isEqualTo("CANCELED_BY_STAFF");
        assertThat(post.signature()).isEqualTo("sha256=" + hmac(post.timestamp() + "." + post.body()));
        assertThat(Long.parseLong(post.timestamp())).isBetween(Instant.now().minusSeconds(60).getEpochSecond(),
                Instant.now().getEpochSecond());

        awaitTrue(() -> contactCount(reservationId) == 0);
        String events = allEventPayloads();
        assertThat(events).contains(reservationId).doesNotContain("minji@example.com").doesNotContain("22223333")
                .doesNotContain("2222-3333");
        awaitTrue(() -> statuses(reservationId).equals(List.of("SENT", "SENT")));
        assertThat(jdbc.queryForList("select recipient from notification_outbox where reservation_id = ?",
                String.class, reservationId)).containsOnlyNulls();
    }

    @Test
    void aFailingWebhookIsRetriedWithGrowingWaitsThenFailedShownToStaffAndSentWhenStaffRetry() throws Exception {
        BbangshopClient shop = new BbangshopClient(port);
        BbangshopClient staff = shop.asStaff();
        WEBHOOK.failingPhones.add("+821044445555");
        String reservationId = reserve(shop, null, "+821044445555");

        cancelAsStaff(shop, reservationId);

        JsonNode failed = staff.awaitJson("/admin/notifications?status=FAILED", list -> contains(list, reservationId),
                WAIT);
        JsonNode row = find(failed, reservationId);
        assertThat(row.path("channel").asText()).isEqualTo("WEBHOOK");
        assertThat(row.path("attempts").asInt()).isEqualTo(3);
        assertThat(row.path("lastError").asText()).isEqualTo("IOException: the webhook answered 503");
        assertThat(row.path("recipient").asText()).isEqualTo("+821*******55");
        List<Instant> attempts = WEBHOOK.forReservation(reservationId).stream()
                .map(WebhookReceiver.Received::at).toList();
        assertThat(attempts).hasSize(3);
        Duration firstWait = Duration.between(attempts.get(0), attempts.get(1));
        Duration secondWait = Duration.between(attempts.get(1), attempts.get(2));
        assertThat(firstWait).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(secondWait).isGreaterThanOrEqualTo(Duration.ofMillis(600));

        BbangshopClient.Response notStaff = shop.get("/admin/notifications?status=FAILED");
        assertThat(notStaff.status()).isEqualTo(401);
        assertThat(notStaff.contentType()).startsWith("application/problem+json");
        BbangshopClient.Response badStatus = staff.get("/admin/notifications?status=LOST");
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.contentType()).startsWith("application/problem+json");

        WEBHOOK.failingPhones.clear();
        BbangshopClient.Response retried = staff.post("/admin/notifications/" + row.path("id").asLong() + "/retry",
                Map.of());
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.text("status")).isEqualTo("PENDING");
        awaitTrue(() -> statuses(reservationId).equals(List.of("SENT")));
        assertThat(WEBHOOK.forReservation(reservationId)).hasSize(4);
        BbangshopClient.Response again = staff.post("/admin/notifications/" + row.path("id").asLong() + "/retry",
                Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(staff.post("/admin/notifications/999999999/retry", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void anEventHandledAgainMakesNoSecondNotification() throws Exception {
        BbangshopClient shop = new BbangshopClient(port);
        String reservationId = reserve(shop, "jiho@example.com", null);
        cancelAsStaff(shop, reservationId);
        await(() -> mailsTo("jiho@example.com"), 1);
        awaitTrue(() -> contactCount(reservationId) == 0);
        // as if the reservation were still open when its events come again (a reset token, a lost token update)
        jdbc.update("insert into reservation_contacts (reservation_id, email, created_at) values (?, ?, ?)",
                reservationId, "jiho@example.com", java.sql.Timestamp.from(Instant.now()));

        TrackingEventProcessor notifications = processors
                .eventProcessor("notifications", TrackingEventProcessor.class).orElseThrow();
        assertThat(((MultiEventHandlerInvoker) notifications.eventHandlerInvoker()).delegates().stream()
                .flatMap(invoker -> ((SimpleEventHandlerInvoker) invoker).eventHandlers().stream()).toList())
                .as("the recorder, once").hasSize(1);
        notifications.shutDown();
        notifications.resetTokens();
        notifications.start();

        awaitTrue(() -> contactCount(reservationId) == 0); // the replay reached the cancel's end
        Thread.sleep(1000); // the sender's polls every 100 ms
        assertThat(mailsTo("jiho@example.com")).hasSize(1);
        assertThat(statuses(reservationId)).containsExactly("SENT");
    }

    @Test
    void aBadNotifyIsRefusedByNameAndNothingIsStoredOrReserved() throws Exception {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("notify-check loaf", 10);
        long eventsBefore = eventCount();

        for (Map<String, Object> notify : List.of(Map.<String, Object>of("email", "not-an-address"),
                Map.<String, Object>of("phone", "12-34"), Map.<String, Object>of())) {
            BbangshopClient.Response refused = shop.post("/reservations", Map.of("breadId", breadId,
                    "notify", notify));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.text("detail")).startsWith("notify");
        }
        assertThat(shop.post("/reservations", Map.of("breadId", breadId, "notify", Map.of("email", "x@example.com",
                "fax", "1"))).status()).isEqualTo(400);

        assertThat(eventCount()).isEqualTo(eventsBefore);
        assertThat(jdbc.queryForObject("select count(*) from reservation_contacts where email = 'x@example.com'",
                Integer.class)).isZero();
        assertThat(shop.get("/breads/" + breadId).body().path("remaining").asInt()).isEqualTo(10);
    }

    @Test
    void aReadyLoafIsToldWithItsCodeAndDeadlineAndTheDeadlineIsToldAgainShortlyBefore() throws Exception {
        BbangshopClient shop = new BbangshopClient(port);
        String reservationId = reserve(shop, "jiwoo@example.com", "010-4444-5555");
        shop.awaitJson("/reservations/" + reservationId, view -> view.path("status").asText().equals("CONFIRMED"),
                WAIT);

        BbangshopClient.Response ready = shop.asStaff().post("/reservations/" + reservationId + "/ready", Map.of());
        assertThat(ready.status()).as(ready.toString()).isIn(200, 202);
        String code = shop.awaitJson("/reservations/" + reservationId,
                view -> view.path("status").asText().equals("READY"), WAIT).path("pickupCode").asText();

        List<MimeMessage> mails = await(() -> mailsTo("jiwoo@example.com"), 2);
        assertThat(mails.get(0).getSubject()).isEqualTo("[빵샵] 빵이 준비되었습니다 / [bbangshop] Your bread is ready");
        assertThat(mails.get(0).getContent().toString()).contains("픽업 코드 " + code)
                .containsPattern("Show pickup code " + code + " at the counter by [0-2][0-9]:[0-5][0-9]\\.");
        assertThat(mails.get(1).getSubject()).endsWith("Your pickup time ends soon");
        List<WebhookReceiver.Received> posts = awaitWebhook(reservationId, 2);
        assertThat(posts).extracting(post -> post.json().path("kind").asText())
                .containsExactlyInAnyOrder("READY", "PICKUP_ENDING");
        assertThat(posts).allSatisfy(post -> {
            assertThat(post.json().path("pickupCode").asText()).isEqualTo(code);
            assertThat(Instant.parse(post.json().path("until").asText())).isAfter(Instant.now());
        });
    }

    @Test
    void aWaiterIsToldOfTheLoafHeldForThemAndTheirContactGoesToTheReservationItBecomes() throws Exception {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("waited loaf " + System.nanoTime(), 1);
        BbangshopClient.Response taken = shop.post("/reservations", Map.of("breadId", breadId));
        BbangshopClient.Response joined = shop.post("/waitlist", Map.of("breadId", breadId, "phone", "010-6666-7777",
                "notify", Map.of("email", "seoyeon@example.com")));
        assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
        String waiterId = joined.text("waiterId");
        assertThat(contactCount(waiterId)).isEqualTo(1);

        shop.patch("/reservations/" + taken.text("reservationId"), Map.of("status", "cancellation"),
                Map.of("X-Cancel-Secret", taken.text("cancelSecret")));

        MimeMessage offer = await(() -> mailsTo("seoyeon@example.com"), 1).get(0);
        assertThat(offer.getSubject()).isEqualTo("[빵샵] 기다리던 빵이 나왔습니다 / [bbangshop] A loaf is held for you");
        assertThat(offer.getContent().toString()).containsPattern("held for you until [0-2][0-9]:[0-5][0-9]\\.");
        BbangshopClient.Response accepted = shop.post("/waitlist/" + waiterId + "/accept",
                Map.of("secret", joined.text("secret")));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        String reservationId = accepted.text("reservationId");
        awaitTrue(() -> contactCount(reservationId) == 1 && contactCount(waiterId) == 0);
        assertThat(allEventPayloads()).contains(waiterId).doesNotContain("seoyeon@example.com")
                .doesNotContain("66667777").doesNotContain("6666-7777");
    }

    @Test
    void aRequestThatGetsNoLoafKeepsNoContact() {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("last loaf " + System.nanoTime(), 1);
        assertThat(shop.post("/reservations", Map.of("breadId", breadId)).status()).isEqualTo(201);

        BbangshopClient.Response soldOut = shop.post("/reservations", Map.of("breadId", breadId,
                "notify", Map.of("email", "late@example.com")));

        assertThat(soldOut.status()).isEqualTo(409);
        assertThat(jdbc.queryForObject("select count(*) from reservation_contacts where email = 'late@example.com'",
                Integer.class)).isZero();
    }

    private String reserve(BbangshopClient shop, String email, String phone) {
        String breadId = shop.registerBread("notified loaf " + System.nanoTime(), 5);
        Map<String, Object> notify = new java.util.HashMap<>();
        if (email != null) {
            notify.put("email", email);
        }
        if (phone != null) {
            notify.put("phone", phone);
        }
        BbangshopClient.Response reserved = shop.post("/reservations", Map.of("breadId", breadId, "notify", notify));
        assertThat(reserved.status()).as(reserved.toString()).isEqualTo(201);
        return reserved.text("reservationId");
    }

    private static void cancelAsStaff(BbangshopClient shop, String reservationId) {
        BbangshopClient.Response canceled = shop.asStaff().patch("/reservations/" + reservationId,
                Map.of("status", "cancellation"), Map.of());
        assertThat(canceled.status()).as(canceled.toString()).isIn(200, 202);
    }

    private int contactCount(String reservationId) {
        return jdbc.queryForObject("select count(*) from reservation_contacts where reservation_id = ?", Integer.class,
                reservationId);
    }

    private List<String> statuses(String reservationId) {
        return jdbc.queryForList("select status from notification_outbox where reservation_id = ? order by channel",
                String.class, reservationId);
    }

    private long eventCount() {
        return new JdbcTemplate(eventStore).queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private String allEventPayloads() {
        return String.join("\n", new JdbcTemplate(eventStore).query("select payload from domain_event_entry",
                (row, n) -> new String(row.getBytes(1), StandardCharsets.UTF_8)));
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
            } catch (Exception unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }).toList();
    }

    private static <T> List<T> await(java.util.function.Supplier<List<T>> found, int count) throws Exception {
        awaitTrue(() -> found.get().size() >= count);
        return found.get();
    }

    private static List<WebhookReceiver.Received> awaitWebhook(String reservationId, int count) throws Exception {
        return await(() -> WEBHOOK.forReservation(reservationId), count);
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plus(WAIT);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited %s", WAIT).isBefore(until);
            Thread.sleep(50);
        }
    }

    private static boolean contains(JsonNode list, String reservationId) {
        return find(list, reservationId) != null;
    }

    private static JsonNode find(JsonNode list, String reservationId) {
        for (JsonNode row : list) {
            if (row.path("reservationId").asText().equals(reservationId)) {
                return row;
            }
        }
        return null;
    }

    private static String hmac(String signed) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }
}
