package com.bbangshop.reservation.notification;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxSenderTest {

    private static final Duration FIRST = Duration.ofSeconds(10);
    private static final NotificationProperties SETTINGS = new NotificationProperties(Duration.ofSeconds(1), 20,
            Duration.ofMinutes(2), 4, FIRST, Duration.ofSeconds(30),
            new NotificationProperties.Mail("shop@example.com"),
            new NotificationProperties.Webhook(URI.create("http://localhost:1/"), "secret", Duration.ofSeconds(1)),
            ZoneId.of("Asia/Seoul"));

    private final OutboxTables tables = new OutboxTables();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T10:00:00Z"));
    private final ScriptedChannel channel = new ScriptedChannel();
    private final OutboxSender sender = new OutboxSender(tables.outbox, List.of(channel), SETTINGS, clock);

    @AfterEach
    void closeTables() {
        tables.close();
    }

    @Test
    void aSentNotificationIsMarkedSentWithItsRecipientErasedAndNotSentAgain() {
        long id = add("event-1");

        assertThat(sender.sendDue()).isEqualTo(1);
        clock.advance(Duration.ofHours(1));

        assertThat(sender.sendDue()).isZero();
        assertThat(channel.sentAt).containsExactly(Instant.parse("2026-12-07T10:00:00Z"));
        OutboxEntry sent = tables.outbox.find(id).orElseThrow();
        assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.recipient()).isNull();
        assertThat(sent.attempts()).isEqualTo(1);
    }

    @Test
    void aFailingChannelIsTriedAgainAfterDoublingWaitsUpToTheMaximumThenTheNotificationIsFailed() {
        long id = add("event-1");
        channel.failing = true;

        for (int second = 0; second < 120; second++) {
            sender.sendDue();
            clock.advance(Duration.ofSeconds(1));
        }

        Instant start = Instant.parse("2026-12-07T10:00:00Z");
        // 4 attempts: after waits of 10 s, 20 s, then 30 s (the maximum, not 40 s)
        assertThat(channel.sentAt).containsExactly(start, start.plusSeconds(10), start.plusSeconds(30),
                start.plusSeconds(60));
        OutboxEntry failed = tables.outbox.find(id).orElseThrow();
        assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(4);
        assertThat(failed.lastError()).isEqualTo("IllegalStateException: the gateway is down");
        assertThat(tables.outbox.list(OutboxStatus.FAILED, 10)).extracting(OutboxEntry::id).containsExactly(id);
    }

    @Test
    void staffRetryingAFailedNotificationSendsItAgainWithFreshAttempts() {
        long id = add("event-1");
        channel.failing = true;
        for (int attempt = 0; attempt < 4; attempt++) {
            sender.sendDue();
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(tables.outbox.find(id).orElseThrow().status()).isEqualTo(OutboxStatus.FAILED);
        channel.failing = false;

        assertThat(tables.outbox.retry(id, clock.instant())).isTrue();
        sender.sendDue();

        assertThat(tables.outbox.find(id).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
        assertThat(tables.outbox.retry(id, clock.instant())).as("only a FAILED one").isFalse();
    }

    @Test
    void aTakenNotificationWhoseSenderDiedIsTakenAgainWhenItsLeaseRunsOut() {
        add("event-1");
        List<OutboxEntry> taken = tables.outbox.take(clock.instant(), 10, SETTINGS.lease());
        assertThat(taken).hasSize(1);

        assertThat(tables.outbox.take(clock.instant().plusSeconds(119), 10, SETTINGS.lease())).isEmpty();
        assertThat(tables.outbox.take(clock.instant().plusSeconds(120), 10, SETTINGS.lease()))
                .extracting(OutboxEntry::attempts).containsExactly(2);
    }

    @Test
    void theWaitDoublesFromTheFirstUpToTheMaximum() {
        assertThat(List.of(1, 2, 3, 4, 40).stream().map(SETTINGS::backoffAfter)).containsExactly(
                Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(30), Duration.ofSeconds(30),
                Duration.ofSeconds(30));
    }

    private long add(String eventId) {
        tables.outbox.add(eventId, channel.name(), new NotificationTriggers.Notice(
                NotificationKind.CANCELED_BY_STAFF, "r-1"), "+821012345678", clock.instant());
        return tables.jdbc.queryForObject("select id from notification_outbox where event_id = ?", Long.class,
                eventId);
    }

    /** Records when it was asked to send, and fails while told to. */
    private final class ScriptedChannel implements NotificationChannel {

        final List<Instant> sentAt = new ArrayList<>();
        boolean failing;

        @Override
        public String name() {
            return "WEBHOOK";
        }

        @Override
        public String recipient(Contact contact) {
            return contact.phone();
        }

        @Override
        public void send(OutboxEntry entry) {
            sentAt.add(clock.instant());
            if (failing) {
                throw new IllegalStateException("the gateway is down");
            }
        }
    }
}
