package com.bbangshop.autoconfigure.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The same stores on PostgreSQL (the postgres profile's database), in a fresh database: bytea columns, an identity
 * column for the events, and PostgreSQL's duplicate-key state read as a concurrency conflict. Skipped when no
 * PostgreSQL answers.
 */
@DirtiesContext
class PostgresJdbcStoresTest extends JdbcStoresTest {

    private static FreshPostgresDatabase database;

    @BeforeAll
    static void createDatabase() throws SQLException {
        database = FreshPostgresDatabase.create().orElse(null);
        assumeTrue(database != null, "no PostgreSQL answers at " + FreshPostgresDatabase.SERVER);
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (database != null) {
            database.drop();
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> database.url());
        registry.add("spring.datasource.username", FreshPostgresDatabase::user);
        registry.add("spring.datasource.password", FreshPostgresDatabase::password);
        // as the postgres profile has it: the events in the same database, through a pool of their own
        registry.add("bbangshop.event-store.datasource.url", () -> database.url());
        registry.add("bbangshop.event-store.datasource.username", FreshPostgresDatabase::user);
        registry.add("bbangshop.event-store.datasource.password", FreshPostgresDatabase::password);
    }

    @Override
    @Test
    void theEventsHaveADatabaseOfTheirOwnAndTheRestStaysInTheMainOne() {
        abort("the postgres profile keeps the events in the main database, only through a pool of their own");
    }

    @Override
    @Test
    void numbersForEventsAndAssociationsComeFromALargeCache() {
        abort("PostgreSQL logs a sequence's state in its write-ahead log, not in a commit of its own: no cache is set");
    }

    @Override
    void preferIndexes(JdbcTemplate database) {
        database.execute("set local enable_seqscan = off");
    }

    @Override
    String indexReadWords() {
        return "index";
    }

    @Override
    String tableScanWords() {
        return "seq scan";
    }

    @Override
    String binaryColumnType() {
        return "bytea";
    }
}
