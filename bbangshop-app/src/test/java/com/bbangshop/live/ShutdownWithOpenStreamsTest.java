package com.bbangshop.live;

import com.bbangshop.BbangshopApplication;
import com.bbangshop.BbangshopClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Graceful shutdown waits up to 10 s for open requests, and an idle stream would hold it that long (its heartbeat
 * comes every 15 s): the streams are ended first, so stopping takes no more than a few seconds.
 */
class ShutdownWithOpenStreamsTest {

    private static final Duration A_FEW_SECONDS = Duration.ofSeconds(4);

    @TempDir
    Path dataDir;

    @Test
    void theAppStopsWithinAFewSecondsAndEndsEveryOpenStream() {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(BbangshopApplication.class)
                .run("--server.port=0", "--bbangshop.data-dir=" + dataDir);
        List<SseClient> streams = new ArrayList<>();
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            BbangshopClient shop = new BbangshopClient(port);
            String breadId = shop.registerBread("closing ciabatta", 3);
            String reservationId = shop.post("/reservations", Map.of("breadId", breadId)).text("reservationId");
            for (String path : List.of("/live/breads", "/live/pages", "/live/assignments",
                    "/live/reservations/" + reservationId)) {
                SseClient stream = SseClient.openAsStaff(port, path);
                assertThat(stream.next(Duration.ofSeconds(10)).event()).isEqualTo("snapshot");
                streams.add(stream);
            }

            long started = System.nanoTime();
            app.close();
            Duration stopping = Duration.ofNanos(System.nanoTime() - started);

            assertThat(stopping).isLessThan(A_FEW_SECONDS);
            assertThat(streams).allSatisfy(stream -> assertThat(stream.awaitEnd(Duration.ofSeconds(1))).isTrue());
        } finally {
            streams.forEach(SseClient::close);
            app.close();
        }
    }
}
