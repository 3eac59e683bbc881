package com.bbangshop.query;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

/** A fresh in-memory H2 database with the read model's tables as its migrations make them, for one test. */
public final class ReadModelDatabase implements AutoCloseable {

    private final EmbeddedDatabase database = new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2)
            .generateUniqueName(true).addScript("db/read-model/h2/V1__read_model.sql")
            .addScript("db/read-model/h2/V2__pickup_codes.sql")
            .addScript("db/read-model/h2/V3__sale_times.sql")
            .addScript("db/read-model/h2/V4__customer_limits.sql")
            .addScript("db/read-model/h2/V5__pickup_windows.sql")
            .addScript("db/read-model/h2/V6__ready_and_waitlist.sql").build();
    private final JdbcTemplate jdbc = new JdbcTemplate(database);

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    @Override
    public void close() {
        database.shutdown();
    }
}
