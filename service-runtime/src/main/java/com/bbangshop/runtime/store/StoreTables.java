package com.bbangshop.runtime.store;

import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.jdbc.datasource.init.ScriptException;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

import javax.sql.DataSource;
import java.sql.DatabaseMetaData;
import java.util.Set;

/**
 * Creates a store's tables unless they exist, from {@code db/axon-<store>.sql}, then runs what the platform adds in
 * {@code db/axon-<store>-<platform>.sql}, if anything; the platform is named by the database itself ({@code h2},
 * {@code postgresql}): the settings choose the database, nothing here asks which mode runs. Each store creates its own
 * tables, so where Axon Server keeps the events no event table appears.
 */
final class StoreTables {

    private static final Set<String> SUPPORTED = Set.of("h2", "postgresql");

    private final DataSource dataSource;

    StoreTables(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void create(String store) {
        String platform = platform();
        if (!SUPPORTED.contains(platform)) {
            throw new IllegalStateException("Axon's " + store + " store has tables for " + SUPPORTED + ", not for "
                    + platform);
        }
        ResourceDatabasePopulator populator = new ResourceDatabasePopulator(new ClassPathResource(
                "db/axon-" + store + ".sql"));
        Resource additions = new ClassPathResource("db/axon-" + store + "-" + platform + ".sql");
        if (additions.exists()) {
            populator.addScript(additions);
        }
        try {
            populator.execute(dataSource);
        } catch (ScriptException lostRace) {
            // services sharing one database start together; PostgreSQL refuses the second of two concurrent
            // "create table if not exists" for the same table, and once the first has committed, it is there
            populator.execute(dataSource);
        }
    }

    private String platform() {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return DatabaseDriver.fromProductName(product).getId();
        } catch (MetaDataAccessException unreachable) {
            throw new IllegalStateException("Cannot tell which database holds Axon's stores", unreachable);
        }
    }
}
