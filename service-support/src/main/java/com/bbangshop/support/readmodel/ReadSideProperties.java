package com.bbangshop.support.readmodel;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code bbangshop.read-side.*} (defaults in application.yml).
 *
 * @param catchUp how long an answer waits for the read model to show the change it made, before it answers anyway
 */
@ConfigurationProperties("bbangshop.read-side")
public record ReadSideProperties(Duration catchUp) {

    public ReadSideProperties {
        if (catchUp == null || catchUp.isNegative()) {
            throw new IllegalArgumentException("bbangshop.read-side.catch-up must be set and not negative");
        }
    }
}
