package com.bbangshop.reservation.notification;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.time.Duration;

/**
 * {@code bbangshop.notifications.*} (defaults in application.yml). E-mail is on where {@code spring.mail.host} is
 * set; the webhook where both its URL and its secret are.
 *
 * @param pollEvery      how often the sender looks for due notifications
 * @param batchSize      the most notifications taken in one look
 * @param lease          how long a taken notification is left to its sender before another may take it (a sender
 *                       that died mid-send)
 * @param maxAttempts    attempts before a notification is FAILED and shown to staff
 * @param firstBackoff   the wait after the first failed attempt; it doubles after each further one
 * @param maxBackoff     the longest wait between two attempts
 * @param mail           the e-mail channel's sender address
 * @param webhook        the webhook channel
 * @param zone           the shop's time zone, in which notifications tell times
 */
@ConfigurationProperties("bbangshop.notifications")
public record NotificationProperties(Duration pollEvery, int batchSize, Duration lease, int maxAttempts,
                                     Duration firstBackoff, Duration maxBackoff, Mail mail, Webhook webhook,
                                     ZoneId zone) {

    public NotificationProperties {
        if (notPositive(pollEvery) || notPositive(lease) || notPositive(firstBackoff)
                || notPositive(maxBackoff)) {
            throw new IllegalArgumentException("bbangshop.notifications.poll-every, .lease, .first-backoff and "
                    + ".max-backoff must be positive");
        }
        if (zone == null) {
            throw new IllegalArgumentException("bbangshop.notifications.zone must be set (for example Asia/Seoul)");
        }
        if (batchSize < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException(
                    "bbangshop.notifications.batch-size and .max-attempts must be at least 1");
        }
    }

    private static boolean notPositive(Duration duration) {
        return duration == null || duration.isNegative() || duration.isZero();
    }

    /** The wait before attempt {@code attempts + 1}, after {@code attempts} failed ones: doubling, at most max. */
    public Duration backoffAfter(int attempts) {
        Duration wait = firstBackoff;
        for (int i = 1; i < attempts && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    /** @param from the From address of every notification e-mail */
    public record Mail(String from) {
    }

    /**
     * @param url     where each notification is POSTed; none: the webhook is off
     * @param secret  the HMAC-SHA256 key of the signature; none: the webhook is off
     * @param timeout how long one POST may take
     */
    public record Webhook(URI url, String secret, Duration timeout) {

        boolean isOn() {
            return url != null && secret != null && !secret.isBlank();
        }
    }
}
