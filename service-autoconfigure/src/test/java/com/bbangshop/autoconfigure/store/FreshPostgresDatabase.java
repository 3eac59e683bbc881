package com.bbangshop.autoconfigure.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/** An empty database of its own on the build machine's PostgreSQL (libpq's PGHOST, PGPORT, PGUSER, PGPASSWORD). */
final class FreshPostgresDatabase {

    static final String SERVER = env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432");

    private final String name = "bbangshop_stores_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    /** Empty when no PostgreSQL answers. */
    static Optional<FreshPostgresDatabase> create() throws SQLException {
        FreshPostgresDatabase database = new FreshPostgresDatabase();
        try {
            database.onServer("create database " + database.name);
            return Optional.of(database);
        } catch (SQLException unreachable) {
            if ("08001".equals(unreachable.getSQLState())) {
                return Optional.empty();
            }
            throw unreachable;
        }
    }

    String url() {
        return "jdbc:postgresql://" + SERVER + "/" + name;
    }

    static String user() {
        return env("PGUSER", "postgres");
    }

    static String password() {
        return env("PGPASSWORD", "");
    }

    void drop() throws SQLException {
        onServer("drop database if exists " + name + " with (force)");
    }

    private static void onServer(String sql) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", user());
        login.setProperty("password", password());
        login.setProperty("connectTimeout", "3");
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + SERVER + "/postgres", login);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
