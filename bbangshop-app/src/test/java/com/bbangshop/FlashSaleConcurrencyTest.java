package com.bbangshop;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Many more customers than loaves, all at once, over HTTP: the shop sells exactly what it has. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FlashSaleConcurrencyTest {

    private static final int LOAVES = 25;
    private static final int CUSTOMERS = LOAVES * 6;
    private static final int CLIENT_THREADS = 32;

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void embeddedDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("bbangshop.data-dir", dataDir::toString);
    }

    @LocalServerPort
    int port;

    @Test
    void exactlyTheEditionIsSoldAndEveryoneElseHearsSoldOut() throws Exception {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("flash baguette", LOAVES);

        List<BbangshopClient.Response> answers = reserveAllAtOnce(shop, breadId);

        long accepted = answers.stream().filter(a -> a.status() == 201).count();
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).isIn(201, 202, 409));
        assertThat(accepted).isLessThanOrEqualTo(LOAVES);

        Set<String> reservationIds = new HashSet<>();
        answers.forEach(a -> reservationIds.add(a.text("reservationId")));
        assertThat(reservationIds).hasSize(CUSTOMERS);

        BbangshopClient staff = shop.asStaff();
        JsonNode pages = staff.awaitJson("/pages?size=200", p -> p.path("total").asInt() == CUSTOMERS
                && statuses(p).stream().allMatch(s -> s.equals("CONFIRMED") || s.equals("SOLD_OUT")),
                Duration.ofSeconds(60));
        List<String> statuses = statuses(pages);
        assertThat(statuses).filteredOn("CONFIRMED"::equals).hasSize(LOAVES);
        assertThat(statuses).filteredOn("SOLD_OUT"::equals).hasSize(CUSTOMERS - LOAVES);
        assertThat(idsAnswered(answers, 201)).as("every 'you have one' holds")
                .isSubsetOf(idsWithStatus(pages, "CONFIRMED"));
        assertThat(idsAnswered(answers, 409)).as("every 'sold out' holds")
                .isSubsetOf(idsWithStatus(pages, "SOLD_OUT"));

        JsonNode bread = shop.awaitJson("/breads/" + breadId, b -> b.path("remaining").asInt() == 0,
                Duration.ofSeconds(10));
        assertThat(bread.path("reserved").asInt()).isEqualTo(LOAVES);
        assertThat(bread.path("soldOut").asBoolean()).isTrue();
        JsonNode assignments = staff.awaitJson("/assignments?size=200",
                a -> a.path("total").asInt() == LOAVES, Duration.ofSeconds(10));
        assertThat(new HashSet<>(assignments.path("items").findValuesAsText("reservationId")))
                .as("one baker per sold loaf, no reservation served twice").hasSize(LOAVES);
    }

    private static List<BbangshopClient.Response> reserveAllAtOnce(BbangshopClient shop, String breadId)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENT_THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<BbangshopClient.Response>> calls = new ArrayList<>();
            for (int i = 0; i < CUSTOMERS; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return shop.post("/reservations", Map.of("breadId", breadId));
                }));
            }
            start.countDown();
            List<BbangshopClient.Response> answers = new ArrayList<>();
            for (Future<BbangshopClient.Response> call : calls) {
                answers.add(call.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Set<String> idsAnswered(List<BbangshopClient.Response> answers, int status) {
        Set<String> ids = new HashSet<>();
        answers.stream().filter(a -> a.status() == status).forEach(a -> ids.add(a.text("reservationId")));
        return ids;
    }

    private static Set<String> idsWithStatus(JsonNode pages, String status) {
        Set<String> ids = new HashSet<>();
        pages.path("items").forEach(p -> {
            if (p.path("status").asText().equals(status)) {
                ids.add(p.path("reservationId").asText());
            }
        });
        return ids;
    }

    private static List<String> statuses(JsonNode pages) {
        return pages.path("items").findValuesAsText("status");
    }
}
