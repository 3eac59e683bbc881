package com.bbangshop.reservation.notification;

import java.time.Instant;

/** One notification on its way: what, to whom, on which channel, and how its delivery has gone so far. */
public record OutboxEntry(long id, String eventId, String channel, NotificationKind kind, String reservationId,
                          String recipient, OutboxStatus status, int attempts, Instant nextAttemptAt,
                          String lastError, Instant createdAt, Instant sentAt) {
}
