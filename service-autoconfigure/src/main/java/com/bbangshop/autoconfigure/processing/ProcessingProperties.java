package com.bbangshop.autoconfigure.processing;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code bbangshop.processing.*} (set by the axonserver profile; unset, nothing is balanced).
 *
 * @param balanceEvery how often a replica asks Axon Server to spread the processors' segments over the replicas
 */
@ConfigurationProperties("bbangshop.processing")
public record ProcessingProperties(Duration balanceEvery) {

    public ProcessingProperties {
        if (balanceEvery == null || balanceEvery.isNegative() || balanceEvery.isZero()) {
            throw new IllegalArgumentException("bbangshop.processing.balance-every must be positive");
        }
    }
}
