package com.bbangshop.bakery.stock;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code bbangshop.waitlist.*} (defaults in application.yml).
 *
 * @param hold how long a freed loaf is held for the waiter it is offered to before it goes to the next in line
 */
@ConfigurationProperties("bbangshop.waitlist")
public record WaitlistProperties(Duration hold) {

    public WaitlistProperties {
        if (hold == null || hold.isNegative() || hold.isZero()) {
            throw new IllegalArgumentException("bbangshop.waitlist.hold must be positive");
        }
    }
}
