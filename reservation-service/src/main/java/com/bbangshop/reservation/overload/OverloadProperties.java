package com.bbangshop.reservation.overload;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code bbangshop.reservation.max-in-flight} and {@code .circuit-breaker.*} (defaults in application.yml).
 *
 * @param maxInFlight    reserve requests that may wait for their stock decision at once: the load limit
 * @param circuitBreaker the breaker on stock decisions that do not come
 */
@ConfigurationProperties("bbangshop.reservation")
public record OverloadProperties(int maxInFlight, Breaker circuitBreaker) {

    public OverloadProperties {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("bbangshop.reservation.max-in-flight must be at least 1");
        }
        if (circuitBreaker == null) {
            throw new IllegalArgumentException("bbangshop.reservation.circuit-breaker.* is not set");
        }
    }

    /**
     * @param failureRate   % of the waits in the window that got no decision or failed, at which it opens
     * @param window        how far back waits count (whole seconds); older ones, an earlier sale's, are forgotten
     * @param minimumCalls  waits the window must hold before the rate counts at all
     * @param openFor       how long it refuses every request once open; then it lets {@code trialCalls} through
     * @param trialCalls    waits that decide, by the same rate, whether it closes again or opens once more
     */
    public record Breaker(float failureRate, Duration window, int minimumCalls, Duration openFor, int trialCalls) {

        public Breaker {
            if (failureRate <= 0 || failureRate > 100) {
                throw new IllegalArgumentException("circuit-breaker.failure-rate must be in (0, 100]");
            }
            if (window == null || window.toSeconds() < 1) {
                throw new IllegalArgumentException("circuit-breaker.window must be at least PT1S");
            }
            if (openFor == null || openFor.isNegative() || openFor.isZero()) {
                throw new IllegalArgumentException("circuit-breaker.open-for must be positive");
            }
            if (minimumCalls < 1 || trialCalls < 1) {
                throw new IllegalArgumentException("circuit-breaker.minimum-calls and .trial-calls must be at least 1");
            }
        }
    }
}
