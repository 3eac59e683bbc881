package com.bbangshop.counter;

import com.bbangshop.BbangshopClient;
import com.bbangshop.autoconfigure.store.EventStoreDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A limit of loaves per customer through HTTP: the phone number told apart by its keyed hash only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CustomerLimitTest {

    private static final String PHONE = "010-5555-0199";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void embeddedDataDirectoryAndCustomerKey(DynamicPropertyRegistry registry) {
        registry.add("bbangshop.data-dir", dataDir::toString);
        registry.add("bbangshop.customers.key", () -> "a secret only this shop knows");
    }

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier(EventStoreDatabase.EVENT_STORE)
    DataSource events;

    @Test
    void aCustomerGetsAtMostTheLimitAndACancellationGivesItBack() {
        BbangshopClient shop = new BbangshopClient(port);
        BbangshopClient.Response registered = shop.asStaff().post("/breads", Map.of("breadName", "limited loaf",
                "quantity", 20, "maxPerCustomer", 2));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String breadId = registered.text("breadId");
        shop.awaitJson("/breads/" + breadId, b -> b.path("maxPerCustomer").asInt() == 2, Duration.ofSeconds(10));

        BbangshopClient.Response first = shop.post("/reservations",
                Map.of("breadId", breadId, "quantity", 2, "phone", PHONE));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);

        BbangshopClient.Response more = shop.post("/reservations",
                Map.of("breadId", breadId, "phone", "  01055550199 "));
        assertThat(more.status()).isEqualTo(409);
        assertThat(more.contentType()).startsWith("application/problem+json");
        assertThat(more.text("title")).isEqualTo("Limit per customer");
        assertThat(more.text("detail")).startsWith("limited loaf allows at most 2 loaves per customer");
        assertThat(more.body().path("maxPerCustomer").asInt()).isEqualTo(2);

        assertThat(shop.post("/reservations", Map.of("breadId", breadId, "phone", "010-5555-0200")).status())
                .as("another customer").isEqualTo(201);

        BbangshopClient.Response canceled = shop.patch("/reservations/" + first.text("reservationId"),
                Map.of("status", "cancellation"), Map.of("X-Cancel-Secret", first.text("cancelSecret")));
        assertThat(canceled.status()).isIn(200, 202);
        shop.awaitJson("/reservations/" + first.text("reservationId"),
                r -> r.path("status").asText().equals("CANCELED"), Duration.ofSeconds(10));
        assertThat(shop.post("/reservations", Map.of("breadId", breadId, "phone", PHONE)).status())
                .as("the canceled loaves count no more").isEqualTo(201);

        JdbcTemplate eventStore = new JdbcTemplate(events);
        assertThat(eventStore.queryForObject("select count(*) from domain_event_entry "
                + "where utf8tostring(payload) like '%5555%'", Integer.class))
                .as("no event holds the number").isZero();
        assertThat(eventStore.queryForObject("select count(*) from domain_event_entry "
                + "where utf8tostring(payload) like '%customerHash\":\"%'", Integer.class))
                .as("the hash is what the bakery counted").isPositive();
    }

    @Test
    void oneCustomersRequestsAllAtOnceTakeNoMoreThanTheLimit() throws Exception {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.asStaff().post("/breads", Map.of("breadName", "rushed roll", "quantity", 100,
                "maxPerCustomer", 3)).text("breadId");
        shop.awaitJson("/breads/" + breadId, b -> b.path("maxPerCustomer").asInt() == 3, Duration.ofSeconds(10));

        int requests = 24;
        CyclicBarrier together = new CyclicBarrier(requests);
        ExecutorService customers = Executors.newFixedThreadPool(requests);
        List<Future<BbangshopClient.Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < requests; i++) {
                answers.add(customers.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return shop.post("/reservations", Map.of("breadId", breadId, "phone", "010-7777-0001"));
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<BbangshopClient.Response> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS).status());
            }
            assertThat(statuses).as("three loaves, one at a time; the rest told the limit")
                    .containsOnly(201, 409).filteredOn(status -> status == 201).hasSize(3);
        } finally {
            customers.shutdownNow();
        }
        shop.awaitJson("/breads/" + breadId, b -> b.path("remaining").asInt() == 97, Duration.ofSeconds(10));
    }

    @Test
    void aLimitedBreadNeedsAPhoneNumberAndAnyPhoneGivenMustBeOne() {
        BbangshopClient shop = new BbangshopClient(port);
        String limited = shop.asStaff().post("/breads", Map.of("breadName", "limited bun", "quantity", 20,
                "maxPerCustomer", 1)).text("breadId");
        shop.awaitJson("/breads/" + limited, b -> b.path("maxPerCustomer").asInt() == 1, Duration.ofSeconds(10));

        BbangshopClient.Response none = shop.post("/reservations", Map.of("breadId", limited));
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(none.text("detail")).isEqualTo("phone is required for limited bun (it limits loaves per "
                + "customer to 1): 7 to 15 digits, optionally with a leading + (spaces, dots, dashes and brackets "
                + "are ignored)");
        BbangshopClient.Response notANumber = shop.post("/reservations", Map.of("breadId", limited,
                "phone", "call me"));
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.text("detail")).startsWith("phone is not a phone number: ");

        String free = shop.registerBread("unlimited bun", 20);
        assertThat(shop.post("/reservations", Map.of("breadId", free, "phone", "010 1234 5678")).status())
                .isEqualTo(201);
        assertThat(shop.post("/reservations", Map.of("breadId", free, "phone", "not a number")).status())
                .as("bad input, even where it is not needed").isEqualTo(400);
    }
}
