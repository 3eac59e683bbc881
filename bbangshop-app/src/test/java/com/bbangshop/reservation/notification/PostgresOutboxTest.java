package com.bbangshop.reservation.notification;

import com.bbangshop.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The outbox's SQL on PostgreSQL (its migration, the unique row per event and channel, taking with SKIP LOCKED). */
class PostgresOutboxTest {

    private static PostgresTestDatabase database;
    private static JdbcTemplate jdbc;
    private static Outbox outbox;

    @BeforeAll
    static void migrate() throws Exception {
        database = PostgresTestDatabase.create("outbox_").orElse(null);
        assumeTrue(database != null, "no PostgreSQL server at " + PostgresTestDatabase.server());
        DriverManagerDataSource source = new DriverManagerDataSource(database.jdbcUrl(), database.user(),
                database.password());
        try (Connection connection = source.getConnection()) {
            for (String migration : new String[] {"V1__notifications.sql", "V2__notification_details.sql"}) {
                ScriptUtils.executeSqlScript(connection,
                        new ClassPathResource("db/notifications/postgresql/" + migration));
            }
        }
        jdbc = new JdbcTemplate(source);
        outbox = new Outbox(jdbc, new DataSourceTransactionManager(source));
    }

    @AfterAll
    static void drop() throws Exception {
        if (database != null) {
            database.drop();
        }
    }

    @Test
    void aRowIsAddedOnceTakenWithItsAttemptCountedRetriedFailedAndSent() {
        Instant now = Instant.parse("2026-12-07T10:00:00Z");
        NotificationTriggers.Notice notice = new NotificationTriggers.Notice(NotificationKind.CANCELED_BY_STAFF, "r-1");

        assertThat(outbox.add("event-1", "EMAIL", notice, "kim@example.com", now)).isTrue();
        assertThat(outbox.add("event-1", "EMAIL", notice, "kim@example.com", now)).isFalse();
        assertThat(outbox.add("event-1", "WEBHOOK", notice, "+821012345678", now)).isTrue();

        var taken = outbox.take(now, 10, Duration.ofMinutes(2));
        assertThat(taken).extracting(OutboxEntry::channel).containsExactlyInAnyOrder("EMAIL", "WEBHOOK");
        assertThat(taken).extracting(OutboxEntry::attempts).containsOnly(1);
        assertThat(outbox.take(now.plusSeconds(60), 10, Duration.ofMinutes(2))).as("leased").isEmpty();

        long email = taken.stream().filter(e -> e.channel().equals("EMAIL")).findFirst().orElseThrow().id();
        long webhook = taken.stream().filter(e -> e.channel().equals("WEBHOOK")).findFirst().orElseThrow().id();
        outbox.sent(email, now);
        outbox.gaveUp(webhook, "IOException: the webhook answered 503");

        assertThat(outbox.list(OutboxStatus.FAILED, 10)).extracting(OutboxEntry::id).containsExactly(webhook);
        assertThat(outbox.find(email).orElseThrow().recipient()).isNull();
        assertThat(outbox.retry(webhook, now)).isTrue();
        assertThat(outbox.retry(email, now)).isFalse();
        assertThat(outbox.take(now, 10, Duration.ofMinutes(2))).extracting(OutboxEntry::id).containsExactly(webhook);
    }
}
