package com.bbangshop.autoconfigure.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Each group of tables migrates with its own history, and a migration that lost a start-up race is tried again. */
class TableGroupMigrationsTest {

    private final JdbcDataSource database = new JdbcDataSource();

    TableGroupMigrationsTest() {
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Test
    void eachGroupKeepsItsOwnHistory() {
        new TableGroupMigrations().migrate(flyway().load());

        JdbcTemplate jdbc = new JdbcTemplate(database);
        for (String history : new String[] {"stores_schema_history", "events_schema_history"}) {
            assertThat(jdbc.queryForList("select \"version\" from \"" + history + "\" where \"success\" and "
                    + "\"type\" like 'SQL%'", String.class)).as(history).containsExactly("1");
        }
        assertThat(jdbc.queryForObject("select count(*) from token_entry", Integer.class)).isZero();
    }

    @Test
    void aMigrationThatFailedAsAnotherProcessStartedIsTriedAgain() {
        AtomicInteger attempts = new AtomicInteger();
        Callback racedOnce = new FailingFirst(attempts);

        new TableGroupMigrations().migrate(flyway().callbacks(racedOnce).load());

        assertThat(attempts).hasValue(2);
        assertThat(new JdbcTemplate(database).queryForObject("select count(*) from token_entry", Integer.class))
                .isZero();
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
        return Flyway.configure().dataSource(database).baselineOnMigrate(true).baselineVersion("0")
                .locations("classpath:db/stores/h2", "classpath:db/events/h2");
    }

    /** Fails the first migration it sees, as Flyway fails one that raced another process to the group's history. */
    private record FailingFirst(AtomicInteger attempts) implements Callback {

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            if (context.getConfiguration().getTable().startsWith("stores") && attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("Unable to baseline schema history table: it already exists");
            }
        }

        @Override
        public String getCallbackName() {
            return "raced once";
        }
    }
}
