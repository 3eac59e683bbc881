package com.bbangshop.autoconfigure.store;

import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With Axon Server enabled (the axonserver profile) Axon Server keeps the events: no storage engine, events' database
 * or event table is made, while tokens and sagas stay in the database over JDBC. No Axon Server needs to answer for
 * that.
 */
@SpringBootTest(classes = JdbcStoresTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.datasource.url=jdbc:h2:mem:jdbc-stores-beside-axon-server;DB_CLOSE_DELAY=-1",
        "axon.axonserver.enabled=true",
        "axon.axonserver.servers=127.0.0.1:1"})
@DirtiesContext // it would go on trying to reach Axon Server
class JdbcStoresBesideAxonServerTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void axonServerKeepsTheEventsAndTheDatabaseTheTokensAndSagas() {
        assertThat(context.getBean(EventStore.class)).isInstanceOf(AxonServerEventStore.class);
        assertThat(context.getBeanNamesForType(EventStorageEngine.class)).isEmpty();
        assertThat(context.containsBean("eventStoreDataSource")).as("no database for the events").isFalse();
        assertThat(context.getBean(TokenStore.class)).isInstanceOf(JdbcTokenStore.class);
        assertThat(context.getBean(SagaStore.class)).isInstanceOfSatisfying(BatchRememberingSagaStore.class,
                store -> assertThat(store.delegate()).isInstanceOf(JdbcSagaStore.class));

        assertThat(jdbc.queryForList("select lower(table_name) from information_schema.tables", String.class))
                .contains("token_entry", "saga_entry", "association_value_entry", "stores_schema_history")
                .doesNotContain("domain_event_entry", "snapshot_event_entry", "events_schema_history");
    }
}
