package com.bbangshop.autoconfigure.store;

import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Services that share one PostgreSQL database start at the same moment on a fresh one: each migrates Axon's store
 * tables (one does, the others wait for it and find them there), then asks its token store for its identity as its
 * processors start. Every one of them gets the same identity, none fails to start; also where another group's table
 * is there first, so that Flyway baselines the stores' history as for a database written before the migrations.
 */
class TokenStoreIdentityTest {

    private static final int SERVICES = 4;

    private FreshPostgresDatabase database;

    @BeforeEach
    void createDatabase() throws SQLException {
        database = FreshPostgresDatabase.create().orElse(null);
        assumeTrue(database != null, "no PostgreSQL answers at " + FreshPostgresDatabase.SERVER);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (database != null) {
            database.drop();
        }
    }

    @Test
    void servicesStartingTogetherOnAFreshDatabaseAllGetTheSameIdentity() throws Exception {
        startTogether();
    }

    @Test
    void servicesStartingTogetherBesideAnotherGroupsTablesAllGetTheSameIdentity() throws Exception {
        new JdbcTemplate(dataSource()).execute("create table scheduled_tasks (task_name text primary key)");
        startTogether();
    }

    private void startTogether() throws Exception {
        CyclicBarrier together = new CyclicBarrier(SERVICES);
        ExecutorService services = Executors.newFixedThreadPool(SERVICES);
        try {
            List<Future<Optional<String>>> identities = new ArrayList<>();
            for (int i = 0; i < SERVICES; i++) {
                identities.add(services.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    TokenStore store = tokenStoreOfOneService();
                    together.await(10, TimeUnit.SECONDS);
                    return store.retrieveStorageIdentifier();
                }));
            }
            List<Optional<String>> answered = new ArrayList<>();
            for (Future<Optional<String>> identity : identities) {
                answered.add(identity.get(30, TimeUnit.SECONDS));
            }
            assertThat(answered).doesNotContain(Optional.empty()).containsOnly(answered.get(0));
        } finally {
            services.shutdownNow();
        }
    }

    private TokenStore tokenStoreOfOneService() {
        DriverManagerDataSource dataSource = dataSource();
        // as application.yml sets Spring Boot's Flyway
        new TableGroupMigrations().migrate(Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/stores/postgresql").baselineOnMigrate(true).baselineVersion("0").load());
        JdbcStoresAutoConfiguration stores = new JdbcStoresAutoConfiguration();
        return stores.tokenStore(stores.connectionProvider(dataSource), JacksonSerializer.defaultSerializer(),
                new TokenStoreProperties());
    }

    private DriverManagerDataSource dataSource() {
        return new DriverManagerDataSource(database.url(), FreshPostgresDatabase.user(),
                FreshPostgresDatabase.password());
    }
}
