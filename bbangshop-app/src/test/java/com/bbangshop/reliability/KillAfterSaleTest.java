package com.bbangshop.reliability;

import com.bbangshop.BbangshopClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read model is written to its file up to 500 ms after a commit, so a kill loses its last changes and the
 * processors read those events again on start. A restarted app says it is ready only once they have: its first
 * answers know every bread registered before the kill and count every loaf sold.
 */
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class KillAfterSaleTest {

    private static final int ROUNDS = 3;
    private static final int LOAVES = 1_000;
    private static final int SOLD = 150;
    /** Each start on its own deadline: a start on a busy two-core machine took 16 to 87 s. */
    private static final Duration START = Duration.ofMinutes(4);

    @TempDir
    Path dataDir;

    private final Path logs = Path.of("target", "kill-after-sale");

    @Test
    void aRestartedAppIsReadyOnlyOnceItsReadModelHasCaughtUpWithTheEventsBeforeTheKill() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String breadId;
            int remaining;
            try (AppProcess app = start("round-" + round)) {
                BbangshopClient shop = app.client();
                breadId = shop.registerBread("killed croissant " + round, LOAVES);
                for (int i = 0; i < SOLD; i++) {
                    assertThat(shop.post("/reservations", Map.of("breadId", breadId)).status()).isEqualTo(201);
                }
                remaining = LOAVES - SOLD;
                app.kill();
            }
            try (AppProcess app = start("round-" + round + "-restarted")) {
                BbangshopClient shop = app.client();
                BbangshopClient.Response bread = shop.get("/breads/" + breadId);
                assertThat(bread.status()).as("round %d: the bread registered before the kill", round).isEqualTo(200);
                assertThat(bread.body().path("remaining").asInt()).as("round %d: its count", round)
                        .isEqualTo(remaining);
                app.stop();
            }
        }
    }

    private AppProcess start(String name) throws IOException, InterruptedException {
        Files.createDirectories(logs);
        Files.deleteIfExists(logs.resolve(name + ".log"));
        return AppProcess.start(dataDir, logs.resolve(name + ".log"), List.of()).awaitReady(START);
    }
}
