package com.bbangshop.reservation.overload;

import com.bbangshop.api.rules.RuleViolation;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Lets a reserve request in only while the shop can answer it: the circuit breaker must be closed (or trying again)
 * and fewer than max-in-flight requests may be waiting for their decision. A refused request is refused before its
 * reservation is placed; an admitted one is answered as always (201, 409, or 202 when the decision is late), so an
 * accepted reservation is never lost. A late decision counts as a failure of the wait; a business refusal does not.
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

    public <T> CompletableFuture<T> admit(Supplier<CompletableFuture<T>> call, Predicate<T> decidedInTime) {
        if (!decisionWait.tryAcquirePermission()) {
            throw new ReservationOverloadedException("bbangshop is not getting stock decisions in time right now; "
                    + "try again in a moment", decisionWait.getState() == CircuitBreaker.State.OPEN
                    ? openFor : BUSY_RETRY_AFTER);
        }
        if (!inFlight.tryAcquirePermission()) {
            decisionWait.releasePermission();
            throw new ReservationOverloadedException("bbangshop is very busy right now; try again in a moment",
                    BUSY_RETRY_AFTER);
        }
        long start = System.nanoTime();
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
            long took = System.nanoTime() - start;
            if (failure == null ? decidedInTime.test(result) : isBusinessRefusal(failure)) {
                decisionWait.onSuccess(took, TimeUnit.NANOSECONDS);
            } else {
                decisionWait.onError(took, TimeUnit.NANOSECONDS,
                        failure != null ? failure : new IllegalStateException("no stock decision in time"));
            }
        });
    }

    private static boolean isBusinessRefusal(Throwable failure) {
        Throwable cause = failure instanceof CompletionException wrapped ? wrapped.getCause() : failure;
        return cause instanceof CommandExecutionException refusal
                && refusal.getDetails().filter(RuleViolation.class::isInstance).isPresent();
    }
}
