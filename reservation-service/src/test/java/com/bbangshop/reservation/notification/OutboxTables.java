package com.bbangshop.reservation.notification;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

/** The notifications' tables, as their migration makes them, in an in-memory H2 of the test's own. */
final class OutboxTables implements AutoCloseable {

    final EmbeddedDatabase database = new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2)
            .generateUniqueName(true).addScript("classpath:db/notifications/h2/V1__notifications.sql")
            .addScript("classpath:db/notifications/h2/V2__notification_details.sql").build();
    final JdbcTemplate jdbc = new JdbcTemplate(database);
    final Outbox outbox = new Outbox(jdbc, new DataSourceTransactionManager(database));

    int rows() {
        return jdbc.queryForObject("select count(*) from notification_outbox", Integer.class);
    }

    @Override
    public void close() {
        database.shutdown();
    }
}
