package com.bbangshop.reservation.overload;

import com.bbangshop.api.rules.RuleViolation;
import com.bbangshop.reservation.NoStockDecisionException;
import com.bbangshop.reservation.ReservationBusyException;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import static io.github.resilience4j.circuitbreaker.CircuitBreaker.State.CLOSED;
import static io.github.resilience4j.circuitbreaker.CircuitBreaker.State.HALF_OPEN;
import static io.github.resilience4j.circuitbreaker.CircuitBreaker.State.OPEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** What opens the breaker on stock decisions, what closes it again, and what an earlier sale leaves behind. */
class ReservationAdmissionTest {

    private static final String DECIDED = "201 or 409";
    private static final Duration DECISION_TIMEOUT = Duration.ofSeconds(3);
    private static final OverloadProperties.Breaker SETTINGS =
            new OverloadProperties.Breaker(50, Duration.ofSeconds(10), 20, Duration.ofSeconds(2), 5);

    private final MutableClock clock = new MutableClock();
    private CircuitBreaker breaker = breaker(SETTINGS);
    private ReservationAdmission admission = new ReservationAdmission(inFlight(), breaker);

    @Test
    void decisions_that_come_late_under_load_do_not_open_it() {
        List<CompletableFuture<String>> sale = admitted(200);
        clock.advance(DECISION_TIMEOUT.multipliedBy(2));
        sale.forEach(answer -> answer.complete(DECIDED));

        assertThat(breaker.getState()).isEqualTo(CLOSED);
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
        assertThat(breaker.getMetrics().getNumberOfSlowCalls()).isZero();
        assertThat(admitted(1)).as("the next customer is let in").hasSize(1);
    }

    @Test
    void a_burst_of_waits_without_a_decision_opens_it_and_it_closes_again_by_itself() {
        breaker = breaker(new OverloadProperties.Breaker(50, Duration.ofSeconds(10), 20, Duration.ofMillis(200), 5));
        admission = new ReservationAdmission(inFlight(), breaker);
        List<CompletableFuture<String>> burst = admitted(20);
        for (int i = 0; i < burst.size(); i++) {
            if (i % 2 == 0) {
                noDecision(burst.get(i));
            } else {
                burst.get(i).completeExceptionally(new CompletionException(
                        new IllegalStateException("no connection")));
            }
        }
        assertThat(breaker.getState()).isEqualTo(OPEN);
        assertThatThrownBy(() -> admitted(1)).isInstanceOfSatisfying(ReservationOverloadedException.class,
                refused -> assertThat(refused.retryAfterSeconds()).isEqualTo(1));

        await().atMost(Duration.ofSeconds(5)).until(() -> breaker.getState() == HALF_OPEN);
        admitted(SETTINGS.trialCalls()).forEach(trial -> trial.complete(DECIDED));

        assertThat(breaker.getState()).isEqualTo(CLOSED);
    }

    @Test
    void an_earlier_sales_failures_are_forgotten_once_its_window_has_passed() {
        admitted(SETTINGS.minimumCalls() - 1).forEach(answer -> noDecision(answer));
        clock.advance(Duration.ofMinutes(1));

        admitted(SETTINGS.minimumCalls() - 1).forEach(answer -> noDecision(answer));

        assertThat(breaker.getState()).isEqualTo(CLOSED);
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isEqualTo(SETTINGS.minimumCalls() - 1);
    }

    @Test
    void a_breaker_opened_in_one_sale_lets_the_next_sale_in() {
        admitted(SETTINGS.minimumCalls()).forEach(answer -> noDecision(answer));
        assertThat(breaker.getState()).isEqualTo(OPEN);
        clock.advance(Duration.ofMinutes(10));

        admitted(SETTINGS.trialCalls()).forEach(trial -> trial.complete(DECIDED));

        assertThat(breaker.getState()).isEqualTo(CLOSED);
        assertThat(admitted(100)).hasSize(100);
    }

    @Test
    void a_refusal_by_the_bakery_is_a_decision_and_a_request_that_never_got_its_turn_is_load_not_failure() {
        List<CompletableFuture<String>> sale = admitted(60);
        for (int i = 0; i < sale.size(); i++) {
            sale.get(i).completeExceptionally(i % 2 == 0
                    ? new CommandExecutionException("sold out", null,
                    new RuleViolation(RuleViolation.Kind.CONFLICT, "sold out"))
                    : new CompletionException(new ReservationBusyException("very busy: not placed")));
        }

        assertThat(breaker.getState()).isEqualTo(CLOSED);
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
        assertThat(breaker.getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(30);
    }

    private static void noDecision(CompletableFuture<String> answer) {
        answer.completeExceptionally(new CompletionException(new NoStockDecisionException(null)));
    }

    private List<CompletableFuture<String>> admitted(int customers) {
        List<CompletableFuture<String>> answers = new ArrayList<>();
        for (int i = 0; i < customers; i++) {
            CompletableFuture<String> answer = new CompletableFuture<>();
            admission.admit(() -> answer);
            answers.add(answer);
        }
        return answers;
    }

    private CircuitBreaker breaker(OverloadProperties.Breaker settings) {
        return CircuitBreaker.of("stock-decision-wait", OverloadConfiguration.stockDecisionWaitConfig(settings, clock));
    }

    private static Bulkhead inFlight() {
        return Bulkhead.of("in-flight", BulkheadConfig.custom().maxConcurrentCalls(1000).build());
    }

    private static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-11-22T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
