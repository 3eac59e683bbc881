package com.bbangshop.reservation.notification;

import java.time.Instant;

/** A notification as staff see it: the recipient masked, enough to tell whom without showing the contact. */
public record NotificationView(long id, String kind, String channel, String reservationId, String recipient,
                               OutboxStatus status, int attempts, Instant nextAttemptAt, String lastError,
                               Instant createdAt, Instant sentAt) {

    static NotificationView of(OutboxEntry entry) {
        return new NotificationView(entry.id(), entry.kind().name(), entry.channel(), entry.reservationId(),
                masked(entry.recipient()), entry.status(), entry.attempts(), entry.nextAttemptAt(), entry.lastError(),
                entry.createdAt(), entry.sentAt());
    }

    /** k***@example.com, +821*******78: an address's first character and domain, a phone's first four and last two. */
    static String masked(String recipient) {
        if (recipient == null) {
            return null;
        }
        int at = recipient.indexOf('@');
        if (at > 0) {
            return recipient.charAt(0) + "***" + recipient.substring(at);
        }
        int shown = Math.min(4, recipient.length() / 3);
        return recipient.substring(0, shown) + "*".repeat(Math.max(0, recipient.length() - shown - 2))
                + recipient.substring(Math.max(shown, recipient.length() - 2));
    }
}
