package com.bbangshop.reliability;

import com.bbangshop.BbangshopClient;
import com.bbangshop.api.stock.CheckStockCommand;
import com.bbangshop.api.stock.ReserveStockCommand;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Seeds 001 and 004's "try again shortly" and 002's circuit breaker: past the in-flight limit, or while the bakery
 * gives no stock decisions, POST /reservations answers 503 with Retry-After at once, places nothing, loses no
 * reservation it did take, and takes reservations again once the load drops or the bakery answers; decisions that
 * only come late do not open the breaker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "bbangshop.reservation.max-in-flight=4",
        "bbangshop.reservation.decision-timeout=PT1S",
        "bbangshop.reservation.circuit-breaker.window=PT10S",
        "bbangshop.reservation.circuit-breaker.minimum-calls=4",
        "bbangshop.reservation.circuit-breaker.failure-rate=50",
        "bbangshop.reservation.circuit-breaker.open-for=PT2S",
        "bbangshop.reservation.circuit-breaker.trial-calls=3"})
@Import(OverloadTest.SlowBakery.class)
@DirtiesContext
class OverloadTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration AT_ONCE = Duration.ofMillis(1000);
    private static final int CLIENTS = 40;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void embeddedDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("bbangshop.data-dir", dataDir::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    SlowBakery bakery;

    @Autowired
    CircuitBreaker stockDecisionWait;

    private BbangshopClient shop;
    private String breadId;

    @BeforeEach
    void aFreshBreadAndAQuietShop() {
        bakery.delayMillis.set(0);
        bakery.down.set(false);
        stockDecisionWait.reset();
        shop = new BbangshopClient(port);
        breadId = shop.registerBread("busy bagel " + System.nanoTime(), 500);
    }

    @Test
    void pastTheInFlightLimitReservationsAreRefusedAtOnceAndEveryReservationTakenIsKept() throws Exception {
        bakery.delayMillis.set(400);

        List<Answer> answers = reserveAllAtOnce(CLIENTS);

        List<Answer> refused = answers.stream().filter(a -> a.status() == 503).toList();
        List<Answer> taken = answers.stream().filter(a -> a.status() != 503).toList();
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).isIn(201, 202, 503));
        assertThat(refused).as("more customers than the in-flight limit at once").isNotEmpty();
        assertThat(taken).as("the first ones in are served").isNotEmpty();
        assertThat(refused).allSatisfy(this::isAQuickBusyAnswer);

        bakery.delayMillis.set(0);
        for (Answer answer : taken) {
            shop.awaitJson("/reservations/" + answer.reservationId(),
                    r -> r.path("status").asText().equals("CONFIRMED"), WAIT);
        }
        assertThat(reservationsOfTheBread()).as("a refused request placed nothing").isEqualTo(taken.size());

        awaitRetryAfter(refused);
        assertThat(reserve().status()).as("once the load drops").isEqualTo(201);
    }

    @Test
    void lateDecisionsKeepTheBreakerClosedWhileNoDecisionsOpenItAndItLetsCustomersInAgainByItself()
            throws Exception {
        bakery.delayMillis.set(1500);
        List<Answer> late = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            late.add(reserve());
        }
        assertThat(late).as("decided, but later than the decision timeout")
                .allSatisfy(a -> {
                    assertThat(a.status()).isEqualTo(201);
                    assertThat(a.elapsed()).isGreaterThan(Duration.ofSeconds(1));
                });
        assertThat(stockDecisionWait.getState()).as("a late decision is a decision")
                .isEqualTo(CircuitBreaker.State.CLOSED);

        bakery.delayMillis.set(0);
        bakery.down.set(true);
        List<Answer> undecided = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            undecided.add(reserve());
        }
        assertThat(undecided).as("no stock decision").allSatisfy(a -> assertThat(a.status()).isNotEqualTo(201));
        assertThat(stockDecisionWait.getState()).isEqualTo(CircuitBreaker.State.OPEN);

        List<Answer> whileOpen = List.of(reserve(), reserve(), reserve());
        assertThat(whileOpen).allSatisfy(this::isAQuickBusyAnswer);
        assertThat(whileOpen).allSatisfy(a -> assertThat(a.retryAfterSeconds()).isEqualTo(2));

        bakery.down.set(false);
        awaitRetryAfter(whileOpen);
        await().atMost(WAIT).until(() -> stockDecisionWait.getState() == CircuitBreaker.State.HALF_OPEN);
        for (int i = 0; i < 3; i++) {
            assertThat(reserve().status()).as("decisions again, call %d", i).isEqualTo(201);
        }
        assertThat(stockDecisionWait.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    private void isAQuickBusyAnswer(Answer answer) {
        assertThat(answer.elapsed()).as("answered at once").isLessThan(AT_ONCE);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.body().path("title").asText()).isEqualTo("Busy");
        assertThat(answer.retryAfterSeconds()).isPositive();
        assertThat(answer.reservationId()).as("nothing was placed").isEmpty();
    }

    private record Answer(int status, Duration elapsed, long retryAfterSeconds, String contentType, JsonNode body) {

        String reservationId() {
            return body.path("reservationId").asText();
        }
    }

    private Answer reserve() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/reservations"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"breadId\":\"" + breadId + "\"}")).build();
        long start = System.nanoTime();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new Answer(response.statusCode(), elapsed,
                response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(0L),
                response.headers().firstValue("Content-Type").orElse(""), JSON.readTree(response.body()));
    }

    private List<Answer> reserveAllAtOnce(int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Answer>> calls = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return reserve();
                }));
            }
            start.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> call : calls) {
                answers.add(call.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private int reservationsOfTheBread() {
        JsonNode pages = shop.asStaff().get("/pages?size=100").body();
        int count = 0;
        for (JsonNode page : pages.path("items")) {
            count += page.path("breadId").asText().equals(breadId) ? 1 : 0;
        }
        return count;
    }

    private static void awaitRetryAfter(List<Answer> refused) throws InterruptedException {
        long seconds = refused.stream().mapToLong(Answer::retryAfterSeconds).max().orElse(0);
        Thread.sleep(Duration.ofSeconds(seconds).toMillis());
    }

    /**
     * A slow or overloaded bakery: its first answer to each request, the stock check, takes {@code delayMillis}.
     * (Delaying the reservation that follows instead would hold the bread's lock through the delay, which only a
     * bakery in the same JVM does, and would serialize the requests this test sends at once.) While {@code down},
     * it gives no stock decision at all.
     */
    @TestConfiguration
    static class SlowBakery implements MessageHandlerInterceptor<CommandMessage<?>> {

        final AtomicLong delayMillis = new AtomicLong();
        final AtomicBoolean down = new AtomicBoolean();

        @Override
        public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
                throws Exception {
            Object command = unitOfWork.getMessage().getPayload();
            if (command instanceof CheckStockCommand) {
                Thread.sleep(delayMillis.get());
            }
            if (down.get() && (command instanceof CheckStockCommand || command instanceof ReserveStockCommand)) {
                throw new IllegalStateException("the bakery does not answer");
            }
            return chain.proceed();
        }
    }
}
