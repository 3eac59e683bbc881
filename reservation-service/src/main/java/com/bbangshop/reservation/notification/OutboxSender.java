package com.bbangshop.reservation.notification;

import org.axonframework.common.AxonThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sends the due notifications: takes them from the outbox, sends each on its channel, marks it sent; a failure is
 * tried again after a doubling wait, and after max-attempts the row is FAILED for staff to see. A plain poll on one
 * thread rather than db-scheduler: the outbox row already is the persistent task (its next attempt and attempt count
 * are columns), so one query finds all that is due, and a task per row would only copy it.
 */
public class OutboxSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final Outbox outbox;
    private final Map<String, NotificationChannel> channels;
    private final NotificationProperties settings;
    private final Clock clock;
    private ScheduledExecutorService poller;

    public OutboxSender(Outbox outbox, List<NotificationChannel> channels, NotificationProperties settings,
                        Clock clock) {
        this.outbox = outbox;
        this.channels = channels.stream().collect(Collectors.toMap(NotificationChannel::name, Function.identity()));
        this.settings = settings;
        this.clock = clock;
    }

    /** Sends what is due now; returns how many were taken. */
    public int sendDue() {
        List<OutboxEntry> due = outbox.take(clock.instant(), settings.batchSize(), settings.lease());
        due.forEach(this::send);
        return due.size();
    }

    private void send(OutboxEntry entry) {
        NotificationChannel channel = channels.get(entry.channel());
        try {
            if (channel == null) {
                throw new IllegalStateException("the " + entry.channel() + " channel is not on");
            }
            channel.send(entry);
            outbox.sent(entry.id(), clock.instant());
        } catch (Exception failure) {
            String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
            if (entry.attempts() >= settings.maxAttempts()) {
                log.warn("Notification {} ({} on {}) failed {} times and is given up: {}", entry.id(), entry.kind(),
                        entry.channel(), entry.attempts(), error);
                outbox.gaveUp(entry.id(), error);
            } else {
                Instant next = clock.instant().plus(settings.backoffAfter(entry.attempts()));
                log.info("Notification {} on {} failed (attempt {}), next at {}: {}", entry.id(), entry.channel(),
                        entry.attempts(), next, error);
                outbox.failed(entry.id(), error, next);
            }
        }
    }

    private void poll() {
        try {
            while (sendDue() == settings.batchSize()) {
                // a full batch: more may be due at once
            }
        } catch (RuntimeException unexpected) { // the database away: the next poll tries again
            log.warn("Sending notifications failed: {}", unexpected.toString());
        }
    }

    @Override
    public synchronized void start() {
        poller = Executors.newSingleThreadScheduledExecutor(new AxonThreadFactory("notifications-sender"));
        long every = settings.pollEvery().toMillis();
        poller.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return poller != null;
    }
}
