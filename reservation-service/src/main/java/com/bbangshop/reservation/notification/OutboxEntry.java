package com.bbangshop.reservation.notification;

import java.time.Instant;

/**
 * One notification on its way: what, to whom, on which channel, and how its delivery has gone so far.
 * {@code reservationId} names a waiter for a waitlist offer; {@code pickupCode} and {@code until} are what the
 * kind tells (null where it tells none).
 */
public record OutboxEntry(long id, String eventId, String channel, NotificationKind kind, String reservationId,
                          String recipient, OutboxStatus status, int attempts, Instant nextAttemptAt,
                          String lastError, Instant createdAt, Instant sentAt, String pickupCode, Instant until) {
}
