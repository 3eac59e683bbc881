package com.bbangshop.reliability;

import com.bbangshop.BbangshopClient;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scarce flash sale, the app killed with SIGKILL in the middle of it and started again on the same data: every
 * answer given before the crash still holds, every accepted reservation is confirmed, the loaves add up, none is sold
 * twice, and no saga is left open for a finished reservation.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class CrashMidSaleTest {

    private static final int LOAVES = 100;
    private static final int REQUESTS = 400;
    private static final int KILL_AFTER_ANSWERS = 30;
    private static final int CLIENTS = 16;
    /** Each start on its own deadline: a start on a busy two-core machine took 16 to 87 s. */
    private static final Duration START = Duration.ofMinutes(4);
    private static final Duration SETTLE = Duration.ofSeconds(90);
    private static final List<String> SETTINGS = List.of("--bbangshop.saga.retry.initial=PT1S",
            "--bbangshop.saga.retry.max=PT2S");

    @TempDir
    Path dataDir;

    private final Path logs = Path.of("target", "crash-mid-sale");

    private final Map<String, Integer> answered = new HashMap<>();
    private final AtomicInteger unanswered = new AtomicInteger(); // cut off by the kill: they may or may not exist

    @Test
    void aKillMidSaleLosesNoAnswerLeavesNoReservationHalfDoneAndSellsNoLoafTwice() throws Exception {
        String breadId;
        int sent;
        try (AppProcess app = start("before-the-crash")) {
            breadId = app.client().registerBread("crash croissant", LOAVES);
            Sale sale = new Sale(app.client(), breadId, REQUESTS);
            sale.awaitAnswers(KILL_AFTER_ANSWERS, Duration.ofSeconds(60));
            sale.stopSending();
            app.kill();
            sent = sale.awaitCallsInFlight();
            assertThat(sale.accepted()).as("the crash comes before the edition is sold").isLessThan(LOAVES);
        }

        try (AppProcess app = start("after-the-crash")) {
            BbangshopClient shop = app.client();
            BbangshopClient staff = shop.asStaff();
            Sale rest = new Sale(shop, breadId, REQUESTS - sent);
            rest.awaitAnswers(REQUESTS - sent, SETTLE);
            rest.awaitCallsInFlight();

            List<JsonNode> pages = awaitEveryReservationSettled(staff);
            Map<String, String> statusById = new HashMap<>();
            pages.forEach(page -> statusById.put(page.path("reservationId").asText(), page.path("status").asText()));

            answered.forEach((reservationId, status) -> assertThat(statusById.get(reservationId))
                    .as("reservation %s, answered %d", reservationId, status)
                    .isEqualTo(switch (status) {
                        case 201 -> "CONFIRMED";
                        case 409 -> "SOLD_OUT";
                        default -> statusById.getOrDefault(reservationId, "202 but never placed");
                    }));
            assertThat(statusById.keySet()).as("every answered reservation still exists")
                    .containsAll(answered.keySet());
            assertThat(statusById).as("a busy answer placed nothing").hasSizeLessThanOrEqualTo(
                    answered.size() + unanswered.get());
            Set<String> confirmed = idsWithStatus(statusById, "CONFIRMED");
            int loavesSold = pages.stream().filter(p -> p.path("status").asText().equals("CONFIRMED"))
                    .mapToInt(p -> p.path("quantity").asInt()).sum();
            JsonNode bread = shop.get("/breads/" + breadId).body();
            assertThat(loavesSold + bread.path("remaining").asInt()).as("sold + remaining = edition")
                    .isEqualTo(LOAVES);
            assertThat(bread.path("reserved").asInt()).isEqualTo(loavesSold);
            List<String> assigned = staff.get("/assignments?size=200").body().path("items")
                    .findValuesAsText("reservationId");
            assertThat(assigned).as("one baker per sold reservation, none twice").doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(confirmed);
            app.stop();

            Map<String, Integer> openSagas = openSagasByReservation();
            assertThat(openSagas.keySet()).as("only confirmed reservations, awaiting pickup, keep a saga")
                    .isEqualTo(confirmed);
            assertThat(openSagas.values()).as("one saga each").containsOnly(1);
        }
        assertThat(answered).as("answers were given before and after the crash").hasSizeGreaterThan(KILL_AFTER_ANSWERS);
    }

    private AppProcess start(String name) throws IOException, InterruptedException {
        Files.createDirectories(logs);
        Files.deleteIfExists(logs.resolve(name + ".log"));
        return AppProcess.start(dataDir, logs.resolve(name + ".log"), SETTINGS).awaitReady(START);
    }

    private List<JsonNode> awaitEveryReservationSettled(BbangshopClient staff) throws InterruptedException {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        List<JsonNode> pages;
        List<String> withoutPage;
        do {
            pages = allPages(staff);
            // a reservation born sold out, or confirmed in the commit that answered it, shows no state in between:
            // the read side has caught up only once every answered reservation has its page
            Set<String> shown = pages.stream().map(p -> p.path("reservationId").asText()).collect(Collectors.toSet());
            withoutPage = answered.keySet().stream().filter(id -> !shown.contains(id)).toList();
            if (withoutPage.isEmpty() && pages.stream().allMatch(p -> Set.of("CONFIRMED", "SOLD_OUT")
                    .contains(p.path("status").asText()) && !p.path("flagged").asBoolean())) {
                return pages;
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("reservations still under way after " + SETTLE + ": " + pages.stream()
                .filter(p -> !Set.of("CONFIRMED", "SOLD_OUT").contains(p.path("status").asText())).toList()
                + "; answered but without a page: " + withoutPage);
    }

    private static List<JsonNode> allPages(BbangshopClient staff) {
        List<JsonNode> pages = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode list = staff.get("/pages?size=200&page=" + page).body();
            list.path("items").forEach(pages::add);
            if (pages.size() >= list.path("total").asInt() || list.path("items").isEmpty()) {
                return pages;
            }
        }
    }

    private static Set<String> idsWithStatus(Map<String, String> statusById, String status) {
        Set<String> ids = new HashSet<>();
        statusById.forEach((id, s) -> {
            if (s.equals(status)) {
                ids.add(id);
            }
        });
        return ids;
    }

    private Map<String, Integer> openSagasByReservation() throws SQLException {
        Map<String, Integer> sagas = new HashMap<>();
        String url = "jdbc:h2:file:" + dataDir.resolve("bbangshop");
        try (Connection db = DriverManager.getConnection(url, "sa", "");
             ResultSet rows = db.createStatement().executeQuery("select a.association_value from "
                     + "association_value_entry a join saga_entry s on s.saga_id = a.saga_id "
                     + "where a.association_key = 'reservationId'")) {
            while (rows.next()) {
                sagas.merge(rows.getString(1), 1, Integer::sum);
            }
        }
        return sagas;
    }

    /** Customers reserving one loaf each, {@link #CLIENTS} at a time, until {@link #stop()}. */
    private final class Sale {

        private final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        private final AtomicBoolean stopped = new AtomicBoolean();
        private final AtomicInteger sent = new AtomicInteger();
        private final AtomicInteger answers = new AtomicInteger();
        private final ConcurrentLinkedQueue<BbangshopClient.Response> given = new ConcurrentLinkedQueue<>();
        private final int requests;

        Sale(BbangshopClient shop, String breadId, int requests) {
            this.requests = requests;
            for (int i = 0; i < CLIENTS; i++) {
                clients.execute(() -> {
                    while (!stopped.get() && sent.incrementAndGet() <= requests) {
                        try {
                            BbangshopClient.Response answer = shop.post("/reservations", Map.of("breadId", breadId));
                            given.add(answer);
                            answers.incrementAndGet();
                        } catch (AssertionError connectionLost) {
                            unanswered.incrementAndGet();
                        }
                    }
                });
            }
        }

        void awaitAnswers(int count, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (answers.get() < count && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(answers.get()).as("answers within " + timeout).isGreaterThanOrEqualTo(count);
        }

        int accepted() {
            return (int) given.stream().filter(answer -> answer.status() == 201).count();
        }

        void stopSending() {
            stopped.set(true);
        }

        /** Waits for the calls in flight, keeps their answers and gives the number of calls sent. */
        int awaitCallsInFlight() throws InterruptedException {
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            given.forEach(answer -> {
                assertThat(answer.status()).as("%s", answer).isIn(201, 202, 409, 503);
                if (answer.status() != 503) { // busy: refused up front, nothing placed
                    answered.put(answer.text("reservationId"), answer.status());
                }
            });
            return Math.min(sent.get(), requests);
        }
    }
}
