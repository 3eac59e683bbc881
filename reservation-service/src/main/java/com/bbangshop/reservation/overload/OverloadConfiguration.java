package com.bbangshop.reservation.overload;

import com.bbangshop.api.rules.RuleViolation;
import com.bbangshop.reservation.ReservationBusyException;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;

/**
 * The seeds' "try again shortly": a bound on the reserve requests waiting for their stock decision (the load limit),
 * and a circuit breaker for when the bakery does not decide at all. Both refuse at once, before anything is placed.
 */
@Configuration
@EnableConfigurationProperties(OverloadProperties.class)
public class OverloadConfiguration {

    /** No wait lasts this long: how late a decision came never counts. */
    private static final Duration NEVER_SLOW = ChronoUnit.DAYS.getDuration();

    @Bean
    public Bulkhead reservationsInFlight(OverloadProperties overload) {
        return Bulkhead.of("reservations-in-flight", BulkheadConfig.custom()
                .maxConcurrentCalls(overload.maxInFlight())
                .maxWaitDuration(Duration.ZERO)
                .build());
    }

    @Bean
    public CircuitBreaker stockDecisionWait(OverloadProperties overload) {
        return CircuitBreaker.of("stock-decision-wait", stockDecisionWaitConfig(overload.circuitBreaker(),
                Clock.systemUTC()));
    }

    /**
     * Only a wait that got no decision, or failed, counts against the sale: a decision that came late under load is
     * a decision, and turning customers away would not make the next one come sooner (the bulkhead limits the load).
     * The window is a time span, so an earlier sale's failures are forgotten; once open, the breaker half-opens by
     * itself, so it is ready to try again when the next customers come, not only after they were refused.
     */
    static CircuitBreakerConfig stockDecisionWaitConfig(OverloadProperties.Breaker breaker, Clock clock) {
        return CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.TIME_BASED)
                .slidingWindowSize((int) breaker.window().toSeconds())
                .minimumNumberOfCalls(breaker.minimumCalls())
                .failureRateThreshold(breaker.failureRate())
                .recordException(failure -> !isBusinessRefusal(failure))
                .ignoreException(OverloadConfiguration::isBusyRefusal)
                .slowCallRateThreshold(100)
                .slowCallDurationThreshold(NEVER_SLOW)
                .waitDurationInOpenState(breaker.openFor())
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .permittedNumberOfCallsInHalfOpenState(breaker.trialCalls())
                .clock(clock)
                .currentTimestampFunction(Clock::millis, TimeUnit.MILLISECONDS)
                .build();
    }

    /** The bakery answered, with a refusal (sold out, unknown bread): a decision like any other. */
    private static boolean isBusinessRefusal(Throwable failure) {
        return failure instanceof CommandExecutionException refusal
                && refusal.getDetails().filter(RuleViolation.class::isInstance).isPresent();
    }

    /** Not placed because its turn did not come in time: load, which the bulkhead answers, not a failure. */
    private static boolean isBusyRefusal(Throwable failure) {
        return failure instanceof ReservationBusyException;
    }
}
