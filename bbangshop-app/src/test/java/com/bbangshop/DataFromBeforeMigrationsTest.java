package com.bbangshop;

import com.bbangshop.autoconfigure.store.EventStoreDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.beans.factory.annotation.BeanFactoryAnnotationUtils.qualifiedBeanOfType;

/**
 * A data directory as bbangshop wrote it before its tables had migrations ({@code before-migrations/h2}: the bread
 * "upgrade rye" of 10 loaves, three reservations of one, picked up, canceled and confirmed): the shop starts on it,
 * Flyway takes each group of tables as it finds them (a baseline, then a V1 that creates nothing), everything reads as
 * it was, and the old confirmed reservation's pickup and a new reservation are written beside it.
 */
class DataFromBeforeMigrationsTest {

    /** Each group of the main database and its history: baselined, then every migration it has. */
    private static final Map<String, List<String>> MAIN_GROUPS = Map.of(
            "stores", List.of("0 BASELINE true", "1 SQL true"),
            "deadlines", List.of("0 BASELINE true", "1 SQL true"),
            "notifications", List.of("0 BASELINE true", "1 SQL true", "2 SQL true"),
            "read_model", List.of("0 BASELINE true", "1 SQL true", "2 SQL true", "3 SQL true", "4 SQL true",
                    "5 SQL true", "6 SQL true"),
            "bread_names", List.of("0 BASELINE true", "1 SQL true"));

    @TempDir
    Path dataDir;

    @Test
    void theShopStartsOnDataWrittenBeforeMigrationsReadsItAndWritesBesideIt() throws Exception {
        List<String> arguments = writeDataFromBeforeMigrations();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(BbangshopApplication.class)
                .run(arguments.toArray(String[]::new))) {
            BbangshopClient shop = new BbangshopClient(((WebServerApplicationContext) app).getWebServer().getPort());
            BbangshopClient staff = shop.asStaff();

            JsonNode breads = shop.get("/breads").body().path("items");
            assertThat(breads).hasSize(1);
            String breadId = breads.get(0).path("breadId").asText();
            assertThat(breads.get(0).path("breadName").asText()).isEqualTo("upgrade rye");
            assertThat(breads.get(0).path("remaining").asInt()).isEqualTo(8);
            JsonNode pages = staff.get("/pages").body().path("items");
            assertThat(pages.findValuesAsText("status"))
                    .containsExactlyInAnyOrder("PICKED_UP", "CANCELED", "CONFIRMED");
            assertThat(pages.findValuesAsText("breadName")).containsOnly("upgrade rye");
            String confirmed = StreamSupport.stream(pages.spliterator(), false)
                    .filter(page -> page.path("status").asText().equals("CONFIRMED")).findFirst().orElseThrow()
                    .path("reservationId").asText();
            assertThat(shop.get("/reservations/" + confirmed).body().path("baker").asText()).isNotBlank();
            assertThat(staff.get("/assignments").body().path("items").findValuesAsText("reservationId"))
                    .contains(confirmed);

            assertThat(staff.post("/reservations/" + confirmed + "/pickup", Map.of()).status()).isEqualTo(200);
            shop.awaitJson("/reservations/" + confirmed, r -> r.path("status").asText().equals("PICKED_UP"),
                    Duration.ofSeconds(10));
            BbangshopClient.Response reserved = shop.post("/reservations", Map.of("breadId", breadId));
            assertThat(reserved.status()).as(reserved.toString()).isEqualTo(201);
            shop.awaitJson("/reservations/" + reserved.text("reservationId"),
                    r -> r.path("status").asText().equals("CONFIRMED"), Duration.ofSeconds(10));
            shop.awaitJson("/breads/" + breadId, b -> b.path("remaining").asInt() == 7, Duration.ofSeconds(10));
            assertThat(staff.get("/pages").body().path("total").asInt()).isEqualTo(4);

            JdbcTemplate main = new JdbcTemplate(app.getBean(DataSource.class));
            MAIN_GROUPS.forEach((group, versions) ->
                    assertThat(history(main, group)).as(group).containsExactlyElementsOf(versions));
            JdbcTemplate events = new JdbcTemplate(qualifiedBeanOfType(app.getBeanFactory(), DataSource.class,
                    EventStoreDatabase.EVENT_STORE));
            assertThat(history(events, "events")).containsExactly("0 BASELINE true", "1 SQL true");
        }
    }

    /** Writes the data as it was into the databases the shop will use, and answers the arguments that start it. */
    List<String> writeDataFromBeforeMigrations() throws Exception {
        for (String database : List.of("bbangshop", "bbangshop-events")) {
            try (Connection h2 = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve(database), "sa", "");
                 Statement sql = h2.createStatement()) {
                sql.execute("runscript from 'classpath:before-migrations/h2/" + database + ".sql'");
            }
        }
        return List.of("--server.port=0", "--bbangshop.data-dir=" + dataDir);
    }

    /** A group's Flyway history, one "version type success" line per version (H2's also has a row for the table). */
    private static List<String> history(JdbcTemplate database, String group) {
        return database.query("select \"version\", \"type\", \"success\" from \"" + group + "_schema_history\""
                        + " where \"version\" is not null order by \"installed_rank\"",
                (row, number) -> row.getString(1) + " " + row.getString(2) + " " + row.getBoolean(3));
    }
}
