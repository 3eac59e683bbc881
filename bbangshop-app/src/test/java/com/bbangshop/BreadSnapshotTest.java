package com.bbangshop;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A bread's snapshots are taken in the background, every few events here: the sale goes on meanwhile, and the
 * snapshot the bread is loaded from counts the same loaves as its events do.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "bbangshop.stock.snapshot-every=5")
@DirtiesContext
class BreadSnapshotTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void embeddedDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("bbangshop.data-dir", dataDir::toString);
    }

    @LocalServerPort
    int port;

    /** The events' own database (service-autoconfigure's EventStoreDatabase). */
    @Autowired
    @Qualifier("eventStore")
    DataSource eventStore;

    @Test
    void aBreadsSnapshotIsTakenInTheBackgroundAndCountsLikeItsEvents() {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("snapshot loaf", 8);

        for (int i = 0; i < 12; i++) {
            shop.post("/reservations", Map.of("breadId", breadId));
        }

        JdbcTemplate events = new JdbcTemplate(eventStore);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(events.queryForObject(
                "select max(sequence_number) from snapshot_event_entry where aggregate_identifier = ?", Long.class,
                breadId)).isGreaterThanOrEqualTo(9L));
        String snapshot = events.query("select payload from snapshot_event_entry where aggregate_identifier = ?",
                (row, n) -> new String(row.getBytes(1), StandardCharsets.UTF_8), breadId).get(0);
        assertThat(snapshot).contains("\"remaining\":0");
        assertThat(shop.post("/reservations", Map.of("breadId", breadId)).status()).isEqualTo(409);
    }
}
