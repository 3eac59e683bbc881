package com.bbangshop;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The same on PostgreSQL (the postgres profile, events and all in one database): a fresh database filled as
 * bbangshop wrote it before its tables had migrations ({@code before-migrations/postgresql}). Skipped when no
 * PostgreSQL answers.
 */
class PostgresDataFromBeforeMigrationsTest extends DataFromBeforeMigrationsTest {

    private PostgresTestDatabase database;

    @BeforeEach
    void createDatabase() throws SQLException {
        database = PostgresTestDatabase.create("flyway_upgrade_").orElse(null);
        assumeTrue(database != null, "no PostgreSQL answers at " + PostgresTestDatabase.server());
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (database != null) {
            database.drop();
        }
    }

    @Override
    List<String> writeDataFromBeforeMigrations() throws SQLException {
        try (Connection connection = database.connect()) {
            ScriptUtils.executeSqlScript(connection,
                    new ClassPathResource("before-migrations/postgresql/bbangshop.sql"));
        }
        return List.of("--server.port=0", "--bbangshop.data-dir=" + dataDir, "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password());
    }
}
