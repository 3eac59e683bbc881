package com.bbangshop.reservation.pickup;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code bbangshop.pickup.*} (defaults in application.yml).
 *
 * @param window     how long ready loaves wait at the counter, for a bread registered without a window of its own
 * @param warnBefore how long before the pickup deadline the customer is warned once
 */
@ConfigurationProperties("bbangshop.pickup")
public record PickupProperties(Duration window, Duration warnBefore) {

    public PickupProperties {
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("bbangshop.pickup.window must be positive");
        }
        if (warnBefore == null || warnBefore.isNegative() || warnBefore.isZero()) {
            throw new IllegalArgumentException("bbangshop.pickup.warn-before must be positive");
        }
    }

    /** The bread's own window in minutes, or the shop's where the bread has none. */
    public Duration windowOf(Integer breadWindowMinutes) {
        return breadWindowMinutes == null ? window : Duration.ofMinutes(breadWindowMinutes);
    }
}
