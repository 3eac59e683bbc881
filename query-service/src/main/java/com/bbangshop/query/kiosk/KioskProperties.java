package com.bbangshop.query.kiosk;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code bbangshop.kiosk.*}, set in application.yml.
 *
 * @param idleReset a kiosk tab (opened as {@code /?kiosk}) returns to a clean start after this long without a touch
 */
@ConfigurationProperties("bbangshop.kiosk")
public record KioskProperties(Duration idleReset) {

    public KioskProperties {
        if (idleReset == null || idleReset.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("bbangshop.kiosk.idle-reset must be at least one second");
        }
    }
}
