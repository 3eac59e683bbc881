package com.bbangshop.reservation;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code bbangshop.reservation.*} of the placement (defaults in application.yml; the load limit and the breaker are
 * {@link com.bbangshop.reservation.overload.OverloadProperties}).
 *
 * @param decisionTimeout  how long a reserve request waits for its turn and for the bakery's decision
 * @param placementThreads threads placing the waiting requests, each a group at a time
 * @param placementGroup   the most waiting requests placed together
 * @param cacheSize        reservations kept loaded between the saga's commands
 */
@ConfigurationProperties("bbangshop.reservation")
public record ReservationProperties(Duration decisionTimeout, int placementThreads, int placementGroup,
                                    int cacheSize) {

    public ReservationProperties {
        if (decisionTimeout == null || decisionTimeout.isNegative() || decisionTimeout.isZero()) {
            throw new IllegalArgumentException("bbangshop.reservation.decision-timeout must be positive");
        }
        if (placementThreads < 1 || placementGroup < 1 || cacheSize < 1) {
            throw new IllegalArgumentException(
                    "bbangshop.reservation.placement-threads, .placement-group and .cache-size must be at least 1");
        }
    }
}
