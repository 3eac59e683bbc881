package com.bbangshop.autoconfigure.store;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToRetrieveIdentifierException;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.GenericSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.springboot.TokenStoreProperties;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.AxonServerBusAutoConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.axonframework.springboot.autoconfig.JpaAutoConfiguration;
import org.axonframework.springboot.autoconfig.JpaEventStoreAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.orm.jpa.persistenceunit.ManagedClassNameFilter;

import javax.sql.DataSource;

/**
 * Axon's event storage engine, token store and saga store on plain JDBC: in a flash sale Hibernate (entity copies,
 * dirty checks, flushes) took most of the CPU inside Axon's JPA stores. They keep the JPA stores' table and column
 * names; Flyway makes the tables ({@link TableGroupMigrations}).
 * The token and saga stores' work joins the same Spring transactions as the read model's JPA work; the events are kept
 * in a database of their own ({@link EventStoreDatabase}).
 * <p>
 * Ordered before Axon's JPA and JDBC autoconfiguration, whose stores then stand back, and after Axon Server's: where
 * Axon Server stores the events there is an event store already, and no storage engine (nor event table) is made.
 */
@AutoConfiguration(
        after = {DataSourceAutoConfiguration.class, AxonServerBusAutoConfiguration.class},
        before = {JpaAutoConfiguration.class, JpaEventStoreAutoConfiguration.class, JdbcAutoConfiguration.class,
                AxonAutoConfiguration.class},
        // the events' database brings its own "db" health, covering both databases
        beforeName = "org.springframework.boot.actuate.autoconfigure.jdbc.DataSourceHealthContributorAutoConfiguration")
@ConditionalOnBean(DataSource.class)
@EnableConfigurationProperties(TokenStoreProperties.class)
@Import(EventStoreDatabase.class)
public class JdbcStoresAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        // the connection of the running Spring transaction, so a unit of work's JDBC and JPA work commit as one
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    @Bean
    ManagedClassNameFilter axonEntitiesLeftToJdbc() {
        return new AxonEntitiesLeftToJdbc();
    }

    @Bean
    @ConditionalOnMissingBean
    @DependsOnDatabaseInitialization // its table, from Flyway
    TokenStore tokenStore(ConnectionProvider connectionProvider, @Qualifier("serializer") Serializer serializer,
                          TokenStoreProperties properties) {
        JdbcTokenStore store = JdbcTokenStore.builder()
                .schema(StoreSchemas.tokens())
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .claimTimeout(properties.getClaimTimeout())
                .build();
        makeIdentity(store);
        return store;
    }

    /**
     * Axon inserts the token store's identity row the first time a processor asks for it, and services sharing one
     * database start together: on a fresh one, the losers of that insert failed their start-up (AxonFramework#4802,
     * fixed after 4.x). Made here, before any processor starts; once the winner has committed, the row is there.
     */
    private static void makeIdentity(TokenStore store) {
        try {
            store.retrieveStorageIdentifier();
        } catch (UnableToRetrieveIdentifierException lostRace) {
            store.retrieveStorageIdentifier();
        }
    }

    @Bean
    @ConditionalOnMissingBean(SagaStore.class)
    @DependsOnDatabaseInitialization
    BatchRememberingSagaStore<Object> sagaStore(ConnectionProvider connectionProvider,
                                                @Qualifier("serializer") Serializer serializer) {
        return new BatchRememberingSagaStore<>(JdbcSagaStore.builder()
                .sqlSchema(new GenericSagaSqlSchema(StoreSchemas.sagas()))
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .build());
    }
}
