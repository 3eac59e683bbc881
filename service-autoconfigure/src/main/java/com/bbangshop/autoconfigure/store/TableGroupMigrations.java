package com.bbangshop.autoconfigure.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Spring Boot's Flyway ({@code spring.flyway.*}), one group of tables at a time. Each location,
 * {@code db/<group>/{vendor}}, is a group with a history table of its own, {@code <group>_schema_history}. Services
 * that share one database carry different groups (every service Axon's stores, reservation-service the deadlines,
 * query-service the read model), and a group's services and their replicas start together: each group's history tells
 * what was done to its tables only, and Flyway's lock on that history lets one process migrate them while the others
 * wait. A location that is not on the classpath is a group this service does not carry.
 * <p>
 * A database written before the tables had migrations has them but no history: Flyway baselines the group at version 0
 * ({@code spring.flyway.baseline-on-migrate}) and its V1 creates only what is missing. That is also how a group finds a
 * database that other groups' tables already fill, which a baseline at 1 would take for one written before.
 */
public final class TableGroupMigrations implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(TableGroupMigrations.class);
    private static final int ATTEMPTS = 4;
    private static final Duration RACE_PAUSE = Duration.ofSeconds(1);

    @Override
    public void migrate(Flyway flyway) {
        Configuration settings = flyway.getConfiguration();
        List<Location> carried = Arrays.stream(settings.getLocations())
                .filter(group -> carried(settings, group)).toList();
        if (carried.isEmpty()) {
            throw new IllegalStateException("None of the migrations " + Arrays.toString(settings.getLocations())
                    + " is on the classpath: is the database one they are written for (H2, PostgreSQL)?");
        }
        carried.forEach(group -> migrate(settings, settings.getDataSource(), group));
    }

    /**
     * Migrates one group's tables in the given database, with Boot's other Flyway settings. Replicas starting together
     * on a fresh database race before the group's history exists: one creates it, and another, which looked a moment
     * earlier, finds the database no longer empty and tries to baseline it. Flyway refuses that; asked again, it finds
     * the history and waits for its lock like the others.
     */
    static void migrate(Configuration settings, DataSource database, Location group) {
        Flyway flyway = Flyway.configure(settings.getClassLoader()).configuration(settings).dataSource(database)
                .locations(group).table(historyTable(group)).load();
        for (int attempt = 1; ; attempt++) {
            try {
                flyway.migrate();
                return;
            } catch (FlywayException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
                log.info("Migrating {} again: another process was migrating it too ({})", group, raced.getMessage());
                pause(RACE_PAUSE.multipliedBy(attempt));
            }
        }
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to migrate again", interrupted);
        }
    }

    /** {@code db/read-model/h2} keeps its history in {@code read_model_schema_history}. */
    static String historyTable(Location group) {
        String[] folders = group.getPath().split("/");
        if (folders.length < 2) {
            throw new IllegalStateException("Migrations are kept in db/<group>/{vendor}, not in " + group);
        }
        return folders[folders.length - 2].replace('-', '_') + "_schema_history";
    }

    static boolean carried(Configuration settings, Location group) {
        if (!group.isClassPath()) {
            return true;
        }
        try {
            return new PathMatchingResourcePatternResolver(settings.getClassLoader())
                    .getResources("classpath*:" + group.getPath() + "/*").length > 0;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
