package com.bbangshop.reservation.overload;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * The seeds' "try again shortly": a bound on the reserve requests waiting for their stock decision, and a circuit
 * breaker on that wait. Both refuse at once, before anything is placed.
 */
@Configuration
public class OverloadConfiguration {

    @Bean
    public Bulkhead reservationsInFlight(@Value("${bbangshop.reservation.max-in-flight:256}") int maxInFlight) {
        return Bulkhead.of("reservations-in-flight", BulkheadConfig.custom()
                .maxConcurrentCalls(maxInFlight)
                .maxWaitDuration(Duration.ZERO)
                .build());
    }

    @Bean
    public CircuitBreaker stockDecisionWait(
            @Value("${bbangshop.reservation.circuit-breaker.failure-rate:50}") float failureRate,
            @Value("${bbangshop.reservation.circuit-breaker.window:50}") int window,
            @Value("${bbangshop.reservation.circuit-breaker.open-for:PT5S}") Duration openFor,
            @Value("${bbangshop.reservation.decision-timeout:PT3S}") Duration decisionTimeout) {
        // a decision taken in the request's own transaction is awaited however long it takes: such a late answer
        // counts against the breaker like a missed one
        return CircuitBreaker.of("stock-decision-wait", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(window)
                .minimumNumberOfCalls(window)
                .failureRateThreshold(failureRate)
                .slowCallDurationThreshold(decisionTimeout)
                .slowCallRateThreshold(failureRate)
                .waitDurationInOpenState(openFor)
                .permittedNumberOfCallsInHalfOpenState(3)
                .build());
    }
}
