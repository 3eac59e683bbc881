package com.bbangshop;

import com.bbangshop.bakery.assignment.BakerPicker;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stops the app while sagas are waiting on their retry deadlines and starts it again on the same data directory:
 * nothing is lost, and the deadlines, kept in the database, finish the open sagas.
 */
class RestartTest {

    @TempDir
    Path dataDir;

    @Test
    void reservationsLeftWaitingForABakerAreConfirmedAfterARestart() {
        List<String> reservationIds = new ArrayList<>();
        String breadId;
        try (ConfigurableApplicationContext app = start(NoBakerAvailable.class)) {
            BbangshopClient shop = client(app);
            breadId = shop.registerBread("restart rye", 10);
            for (int i = 0; i < 3; i++) {
                BbangshopClient.Response answer = shop.post("/reservations", Map.of("breadId", breadId));
                assertThat(answer.status()).as("accepted though no baker can be assigned").isEqualTo(201);
                reservationIds.add(answer.text("reservationId"));
            }
            shop.awaitJson("/breads/" + breadId, b -> b.path("remaining").asInt() == 7, Duration.ofSeconds(10));
            assertThat(shop.asStaff().get("/pages").body().path("items").findValuesAsText("status"))
                    .containsOnly("ACCEPTED");
        }

        try (ConfigurableApplicationContext app = start(Object.class)) {
            BbangshopClient shop = client(app);
            for (String reservationId : reservationIds) {
                JsonNode page = shop.awaitJson("/reservations/" + reservationId,
                        r -> r.path("status").asText().equals("CONFIRMED"), Duration.ofSeconds(30));
                assertThat(page.path("baker").asText()).isNotBlank();
            }
            assertThat(shop.get("/breads/" + breadId).body().path("remaining").asInt()).isEqualTo(7);
            assertThat(shop.asStaff().get("/assignments").body().path("total").asInt()).isEqualTo(3);
        }
    }

    private ConfigurableApplicationContext start(Class<?> extraConfiguration) {
        return new SpringApplicationBuilder(BbangshopApplication.class, extraConfiguration)
                .run("--server.port=0", "--bbangshop.data-dir=" + dataDir,
                        "--bbangshop.saga.retry.initial=PT1S", "--bbangshop.saga.retry.max=PT2S",
                        // the decision window's deadline also times the first retry of the step after the decision
                        "--bbangshop.saga.decision-window=PT1S");
    }

    private static BbangshopClient client(ConfigurableApplicationContext app) {
        return new BbangshopClient(((WebServerApplicationContext) app).getWebServer().getPort());
    }

    /** The assignment system is down: every pick fails. */
    @Configuration
    static class NoBakerAvailable {

        @Bean
        @Primary
        BakerPicker unavailableBakerPicker() {
            return () -> {
                throw new IllegalStateException("the baker roster service is down");
            };
        }
    }
}
