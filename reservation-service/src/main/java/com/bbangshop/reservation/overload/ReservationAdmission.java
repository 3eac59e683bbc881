package com.bbangshop.reservation.overload;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Lets a reserve request in only while the shop can answer it: the circuit breaker must be closed (or trying again)
 * and fewer than max-in-flight requests may be waiting for their decision. A refused request is refused before its
 * reservation is placed; an admitted one is answered as always, so an accepted reservation is never lost. What
 * counts against the breaker is the breaker's configuration (OverloadConfiguration): here a wait ends in a decision
 * or in a failure, such as no decision from the bakery.
 */
@Component
public class ReservationAdmission {

    private static final Duration BUSY_RETRY_AFTER = Duration.ofSeconds(1);

    private final Bulkhead inFlight;
    private final CircuitBreaker decisionWait;
    private final Duration openFor;

    public ReservationAdmission(Bulkhead reservationsInFlight, CircuitBreaker stockDecisionWait) {
        this.inFlight = reservationsInFlight;
        this.decisionWait = stockDecisionWait;
        this.openFor = Duration.ofMillis(
                stockDecisionWait.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState().apply(1));
    }

    public <T> CompletableFuture<T> admit(Supplier<CompletableFuture<T>> call) {
        if (!decisionWait.tryAcquirePermission()) {
            throw new ReservationOverloadedException("bbangshop is not getting stock decisions right now; "
                    + "try again in a moment", decisionWait.getState() == CircuitBreaker.State.OPEN
                    ? openFor : BUSY_RETRY_AFTER);
        }
        if (!inFlight.tryAcquirePermission()) {
            decisionWait.releasePermission();
            throw new ReservationOverloadedException("bbangshop is very busy right now; try again in a moment",
                    BUSY_RETRY_AFTER);
        }
        long start = decisionWait.getCurrentTimestamp();
        CompletableFuture<T> answer;
        try {
            answer = call.get();
        } catch (RuntimeException refusedBeforeSending) {
            inFlight.onComplete();
            decisionWait.releasePermission();
            throw refusedBeforeSending;
        }
        return answer.whenComplete((result, failure) -> {
            inFlight.onComplete();
            long took = decisionWait.getCurrentTimestamp() - start;
            if (failure == null) {
                decisionWait.onSuccess(took, decisionWait.getTimestampUnit());
            } else {
                decisionWait.onError(took, decisionWait.getTimestampUnit(), failure);
            }
        });
    }
}
