package com.bbangshop;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Seed 000's walk-through (every test of {@link SeedRestSequenceTest}) once more with the postgres profile: events,
 * tokens, sagas, deadlines and the read model in a fresh PostgreSQL database, the shape a shop without Axon Server
 * runs. Skipped when no PostgreSQL answers.
 */
@ActiveProfiles("postgres")
@DirtiesContext
class PostgresSeedRestSequenceTest extends SeedRestSequenceTest {

    private static PostgresTestDatabase database;
    private static volatile boolean droppedWithTheApp;

    @BeforeAll
    static void createDatabase() throws SQLException {
        database = PostgresTestDatabase.create().orElse(null);
        assumeTrue(database != null, "no PostgreSQL answers at " + PostgresTestDatabase.server());
    }

    /** The app never started (its context failed), so nothing else will drop the database. */
    @AfterAll
    static void dropDatabaseTheAppNeverTookOver() throws SQLException {
        if (database != null && !droppedWithTheApp) {
            database.drop();
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> database.jdbcUrl());
        registry.add("spring.datasource.username", () -> database.user());
        registry.add("spring.datasource.password", () -> database.password());
    }

    @Test
    void axonKeepsItsBytesInByteaColumnsNeverInLargeObjects() throws SQLException {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("bytea bagel", 3);
        String reservationId = shop.post("/reservations", Map.of("breadId", breadId)).text("reservationId");
        shop.awaitJson("/reservations/" + reservationId, r -> r.path("status").asText().equals("CONFIRMED"),
                Duration.ofSeconds(10));

        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            assertThat(column(sql, "select table_name || '.' || column_name from information_schema.columns"
                    + " where table_schema = 'public' and data_type = 'oid'")).isEmpty();
            assertThat(column(sql, "select table_name || '.' || column_name from information_schema.columns"
                    + " where table_schema = 'public' and data_type = 'bytea'")).contains(
                    "domain_event_entry.payload", "domain_event_entry.meta_data", "snapshot_event_entry.payload",
                    "token_entry.token", "saga_entry.serialized_saga", "dead_letter_entry.payload",
                    "scheduled_tasks.task_data");
            assertThat(column(sql, "select count(*) from pg_largeobject_metadata")).containsExactly("0");
            assertThat(column(sql, "select count(*) from token_entry where token is not null")).doesNotContain("0");
            assertThat(column(sql, "select is_identity || ' ' || identity_generation || ' ' || identity_increment"
                    + " from information_schema.columns where table_name = 'domain_event_entry'"
                    + " and column_name = 'global_index'"))
                    .as("the database numbers the events, one by one").containsExactly("YES ALWAYS 1");
            assertThat(column(sql, "select indexdef from pg_indexes where tablename = 'association_value_entry'"))
                    .anyMatch(index -> index.endsWith("(saga_type, association_key, association_value)"))
                    .anyMatch(index -> index.endsWith("(saga_id, saga_type)"));
        }
    }

    private static List<String> column(Statement sql, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** Drops the test database when the context closes, after the app has let go of it. */
    @TestConfiguration
    static class DropDatabaseOnClose {

        @Bean
        DisposableBean dropTestDatabase(DataSource dataSource) {
            droppedWithTheApp = true;
            return () -> {
                if (dataSource instanceof HikariDataSource pool) {
                    pool.close();
                }
                database.drop();
            };
        }
    }
}
