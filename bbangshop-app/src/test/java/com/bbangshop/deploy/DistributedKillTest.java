package com.bbangshop.deploy;

import com.bbangshop.BbangshopClient;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One service SIGKILLed in the middle of a flash sale and started again ({@link DistributedShop}) loses nothing:
 * every reservation answered 201 ends CONFIRMED and every 409 SOLD_OUT, the bread's confirmed loaves and its remaining
 * ones add up to the edition, a loaf is held only for a customer who was told so (or whose request no service
 * answered: cut off by the kill, or given up on by the gateway), and no request is answered a 5xx but a 503 refusal
 * while the service is down.
 */
class DistributedKillTest {

    private static final int EDITION = 300;
    private static final int REQUESTS = 1500;
    private static final int CLIENTS = 24;
    private static final Duration SALE = Duration.ofMinutes(3);
    private static final int KILL_AFTER_ANSWERS = 150;
    private static final Duration KILL_AT_THE_LATEST = Duration.ofSeconds(30);
    private static final Duration SETTLE = Duration.ofMinutes(3);
    private static final Set<String> FINAL = Set.of("CONFIRMED", "SOLD_OUT", "CANCELED");
    /**
     * The circuit breaker opened by the outage learns that the bakery is back only once its open time (the default
     * `circuit-breaker.open-for`, 2 s) has passed and its trial calls are decided: until then it refuses with 503.
     */
    private static final Duration BREAKER_CATCHES_UP = Duration.ofSeconds(4);

    @TempDir
    Path workDir;

    @Test
    void bakeryServiceKilledMidSale() throws Exception {
        killMidSale("bakery-service");
    }

    @Test
    void queryServiceKilledMidSale() throws Exception {
        killMidSale("query-service");
    }

    @Test
    void reservationServiceKilledMidSale() throws Exception {
        killMidSale("reservation-service");
    }

    private void killMidSale(String victim) throws Exception {
        try (DistributedShop services = DistributedShop.start(workDir, getClass().getSimpleName())) {
            try {
                BbangshopClient staff = services.client().asStaff();
                String breadId = services.client().registerBread(victim + " killed mid-sale", EDITION);
                Instant opened = Instant.now().minusSeconds(1);
                long killed;
                long back;
                List<FlashSale.Answer> answers;
                try (FlashSale sale = FlashSale.start(services.gatewayPort(), breadId, REQUESTS, CLIENTS, SALE)) {
                    long killAtTheLatest = System.nanoTime() + KILL_AT_THE_LATEST.toNanos();
                    while (sale.answered() < KILL_AFTER_ANSWERS && System.nanoTime() < killAtTheLatest) {
                        Thread.sleep(50);
                    }
                    killed = System.nanoTime();
                    services.kill(victim);
                    services.restart(victim);
                    back = System.nanoTime();
                    answers = sale.awaitEnd(SALE.plusMinutes(2));
                }
                Outcome outcome = settle(staff, breadId, opened, answers);
                String summary = victim + " killed " + seconds(killed - answers.stream()
                        .mapToLong(FlashSale.Answer::startedNanos).min().orElse(killed)) + " into the sale, ready "
                        + seconds(back - killed) + " later; answers " + FlashSale.countByStatus(answers) + "; "
                        + outcome;
                System.out.println("DistributedKillTest: " + summary);
                assertThat(violations(answers, killed, back, outcome)).as(summary).isEmpty();
            } catch (AssertionError failure) {
                throw services.withLogs(failure);
            }
        }
    }

    /** What the read side says once every reservation of the bread has ended, or the settling time is up. */
    private record Outcome(Map<String, String> statusById, int remaining, List<FlashSale.Answer> answers) {

        long count(String status) {
            return statusById.values().stream().filter(status::equals).count();
        }

        boolean settled() {
            return FINAL.containsAll(statusById.values()) && told().stream().allMatch(statusById::containsKey)
                    && remaining + count("CONFIRMED") == EDITION;
        }

        Set<String> told() {
            Set<String> told = new HashSet<>();
            answers.stream().filter(answer -> List.of(201, 202, 409).contains(answer.status()))
                    .forEach(answer -> told.add(answer.reservationId()));
            return told;
        }

        @Override
        public String toString() {
            Map<String, Long> byStatus = new LinkedHashMap<>();
            statusById.values().forEach(status -> byStatus.merge(status, 1L, Long::sum));
            return "the bread's reservations " + byStatus + ", remaining " + remaining + " of " + EDITION;
        }
    }

    private static Outcome settle(BbangshopClient staff, String breadId, Instant opened, List<FlashSale.Answer> answers)
            throws InterruptedException {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        Outcome outcome;
        do {
            Thread.sleep(500);
            outcome = new Outcome(statusesOf(staff, breadId, opened),
                    staff.get("/breads/" + breadId).body().path("remaining").asInt(-1), answers);
        } while (!outcome.settled() && System.nanoTime() < deadline);
        return outcome;
    }

    /** The bread's reservations, read newest first until the list reaches those placed before the sale opened. */
    private static Map<String, String> statusesOf(BbangshopClient staff, String breadId, Instant opened) {
        Map<String, String> statusById = new LinkedHashMap<>();
        for (int page = 0; ; page++) {
            JsonNode items = staff.get("/reservations?size=200&page=" + page).body().path("items");
            for (JsonNode item : items) {
                if (item.path("breadId").asText().equals(breadId)) {
                    statusById.put(item.path("reservationId").asText(), item.path("status").asText());
                }
            }
            if (items.isEmpty() || Instant.parse(items.get(items.size() - 1).path("placedAt").asText())
                    .isBefore(opened)) {
                return statusById;
            }
        }
    }

    private static List<String> violations(List<FlashSale.Answer> answers, long killed, long back, Outcome outcome) {
        Violations violations = new Violations();
        long unanswered = answers.stream().filter(FlashSale.Answer::unanswered).count();
        for (FlashSale.Answer answer : answers) {
            String ended = outcome.statusById().get(answer.reservationId());
            boolean whileDown = answer.during(killed, back);
            switch (answer.status()) {
                case 201 -> violations.unless("CONFIRMED".equals(ended), "201 not CONFIRMED", answer.reservationId());
                case 409 -> violations.unless("SOLD_OUT".equals(ended), "409 not SOLD_OUT", answer.reservationId());
                case 202 -> violations.unless("CONFIRMED".equals(ended) || "SOLD_OUT".equals(ended),
                        "202 neither CONFIRMED nor SOLD_OUT", answer.reservationId() + " " + ended);
                case 503 -> violations.unless(whileDown || answer.during(killed, back + BREAKER_CATCHES_UP.toNanos())
                        && detail(answer).contains("not getting stock decisions"), "503 while every service was up",
                        detail(answer));
                default -> violations.add(answer.status() + (whileDown ? " while the service was down"
                        : " while every service was up"), detail(answer));
            }
        }
        Set<String> told = outcome.told();
        long heldUntold = outcome.statusById().entrySet().stream()
                .filter(held -> held.getValue().equals("CONFIRMED") && !told.contains(held.getKey())).count();
        violations.unless(heldUntold <= unanswered, "loaves held for reservations nobody was told of",
                heldUntold + ", with " + unanswered + " requests the services never answered");
        outcome.statusById().forEach((id, status) ->
                violations.unless(FINAL.contains(status), "reservations not ended", id + " " + status));
        long confirmed = outcome.count("CONFIRMED");
        violations.unless(confirmed + outcome.remaining() == EDITION, "confirmed + remaining != edition",
                confirmed + " + " + outcome.remaining() + " != " + EDITION);
        return violations.list();
    }

    private static String detail(FlashSale.Answer answer) {
        return answer.body().path("detail").asText(answer.body().toString());
    }

    /** Each kind of violation once, with how often it happened and its first example. */
    private static final class Violations {

        private final Map<String, List<String>> examplesByKind = new LinkedHashMap<>();

        void unless(boolean holds, String kind, String example) {
            if (!holds) {
                add(kind, example);
            }
        }

        void add(String kind, String example) {
            examplesByKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(example);
        }

        List<String> list() {
            List<String> kinds = new ArrayList<>();
            examplesByKind.forEach((kind, examples) ->
                    kinds.add(kind + " x" + examples.size() + ", e.g. " + examples.get(0)));
            return kinds;
        }
    }

    private static String seconds(long nanos) {
        return String.format("%.1f s", nanos / 1e9);
    }
}
