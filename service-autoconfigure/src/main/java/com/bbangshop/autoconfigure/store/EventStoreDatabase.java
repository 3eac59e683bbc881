package com.bbangshop.autoconfigure.store;

import com.zaxxer.hikari.HikariDataSource;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLErrorCodesResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.jdbc.DataSourceHealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

import javax.sql.DataSource;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Map;

/**
 * The events' own database ({@code bbangshop.event-store.datasource}) and Axon's storage engine on it, unless
 * something else stores the events (Axon Server). An event is the one thing that must be on disk before anyone hears
 * of it, so this database commits each append durably, on its own. Everything derived from the events (tokens, sagas,
 * deadlines, the read model) stays in the main database with its token, in the same transactions, and that database
 * may write lazily: after a crash it is consistent, only behind, and each processor reads the events again from the
 * token it finds. On H2 this spared every processor batch a write of the file: a fifth of a flash sale's CPU.
 * <p>
 * Where both settings name one database (PostgreSQL), the events only have a pool of their own.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@ConditionalOnMissingBean({EventStorageEngine.class, EventStore.class, EventBus.class})
public class EventStoreDatabase {

    /** The qualifier of the events' database. */
    public static final String EVENT_STORE = "eventStore";

    /** Not a default candidate: a plain {@code DataSource} is still the main database, Spring Boot's own. */
    @Bean(defaultCandidate = false)
    @Qualifier(EVENT_STORE)
    @ConfigurationProperties("bbangshop.event-store.datasource")
    DataSourceProperties eventStoreDataSourceProperties() {
        return new DataSourceProperties();
    }

    @Bean(defaultCandidate = false)
    @Qualifier(EVENT_STORE)
    @ConfigurationProperties("bbangshop.event-store.datasource.hikari")
    HikariDataSource eventStoreDataSource(@Qualifier(EVENT_STORE) DataSourceProperties properties) {
        if (properties.getUrl() == null) {
            // DataSourceProperties would otherwise invent an in-memory database, and the events would vanish
            throw new IllegalStateException("bbangshop.event-store.datasource.url is not set: the events need a "
                    + "database of their own (application.yml names one next to the main database)");
        }
        return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    }

    /**
     * Spring Boot's {@code db} health covers the default-candidate data sources only; this one takes its place and
     * covers both, so the probes (readiness includes {@code db}) see the events' database too.
     */
    @Bean("dbHealthContributor")
    CompositeHealthContributor databasesHealth(DataSource main, @Qualifier(EVENT_STORE) DataSource events) {
        return CompositeHealthContributor.fromMap(Map.of("main", new DataSourceHealthIndicator(main),
                "events", new DataSourceHealthIndicator(events)));
    }

    @Bean
    EventStorageEngine eventStorageEngine(@Qualifier(EVENT_STORE) DataSource events,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          @Qualifier("serializer") Serializer snapshotSerializer,
                                          Configuration axon, ObjectProvider<Flyway> migrations) {
        migrations.ifAvailable(flyway -> migrateEventTables(flyway.getConfiguration(), events));
        // gap detection (offset, timeout, cleaning threshold) and batch size keep the defaults the JPA engine had
        return JdbcEventStorageEngine.builder()
                .schema(StoreSchemas.events())
                // each append (a unit of work's events, at its prepare-commit) and each read is a transaction of its
                // own here; a unit of work that fails before its prepare-commit has written no event
                .connectionProvider(new SpringDataSourceConnectionProvider(events))
                .transactionManager(new SpringTransactionManager(new DataSourceTransactionManager(events)))
                .persistenceExceptionResolver(duplicateKeysOf(events))
                .eventSerializer(eventSerializer)
                .snapshotSerializer(snapshotSerializer)
                .upcasterChain(axon.upcasterChain())
                .snapshotFilter(axon.snapshotFilter())
                .readEventDataWithGaps(new IndexedGapReads())
                .build();
    }

    /** The event tables are a group of their own ({@code db/events/{vendor}}), migrated in the events' database. */
    private static void migrateEventTables(org.flywaydb.core.api.configuration.Configuration settings,
                                           DataSource events) {
        Location tables = new Location("classpath:db/events/" + DatabaseDriver.fromJdbcUrl(urlOf(events)).getId());
        if (!TableGroupMigrations.carried(settings, tables)) {
            throw new IllegalStateException("Axon's event tables have migrations for H2 and PostgreSQL, not for "
                    + urlOf(events));
        }
        TableGroupMigrations.migrate(settings, events, tables);
    }

    private static String urlOf(DataSource events) {
        try {
            return JdbcUtils.extractDatabaseMetaData(events, DatabaseMetaData::getURL);
        } catch (MetaDataAccessException unreachable) {
            throw new IllegalStateException("Cannot tell which database holds the events", unreachable);
        }
    }

    /** A duplicate (aggregate, sequence) is a concurrency conflict, told by the events' database's error codes. */
    private static PersistenceExceptionResolver duplicateKeysOf(DataSource events) {
        try {
            return new SQLErrorCodesResolver(events);
        } catch (SQLException unreachable) {
            throw new IllegalStateException("Cannot tell which database holds the events", unreachable);
        }
    }
}
