package com.bbangshop;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * A fresh, empty database on the PostgreSQL server of the build machine (libpq's PGHOST, PGPORT, PGUSER and
 * PGPASSWORD; 127.0.0.1:5432 as postgres by default), so that runs never see each other's data.
 */
public final class PostgresTestDatabase {

    private final String server;
    private final String name;

    private PostgresTestDatabase(String server, String name) {
        this.server = server;
        this.name = name;
    }

    /** Creates the database, or tells why it could not: no PostgreSQL answers. */
    public static Optional<PostgresTestDatabase> create() throws SQLException {
        return create("bbangshop_test_");
    }

    /** The same, under a name that starts with the prefix. */
    public static Optional<PostgresTestDatabase> create(String prefix) throws SQLException {
        String server = "jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + "/";
        PostgresTestDatabase database = new PostgresTestDatabase(server,
                prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        try (Connection admin = database.connect("postgres")) {
            try (Statement statement = admin.createStatement()) {
                statement.execute("create database " + database.name);
            }
        } catch (SQLException unreachable) {
            if ("08001".equals(unreachable.getSQLState())) {
                return Optional.empty();
            }
            throw unreachable;
        }
        return Optional.of(database);
    }

    public static String server() {
        return env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432");
    }

    public String jdbcUrl() {
        return server + name;
    }

    public String user() {
        return env("PGUSER", "postgres");
    }

    public String password() {
        return env("PGPASSWORD", "");
    }

    public Connection connect() throws SQLException {
        return connect(name);
    }

    /** Drops the database even if connections are still open (PostgreSQL 13+). */
    public void drop() throws SQLException {
        try (Connection admin = connect("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        }
    }

    private Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user());
        properties.setProperty("password", password());
        properties.setProperty("connectTimeout", "3");
        return DriverManager.getConnection(server + database, properties);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
