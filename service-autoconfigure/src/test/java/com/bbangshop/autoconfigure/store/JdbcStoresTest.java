package com.bbangshop.autoconfigure.store;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Axon's stores as every service gets them, on the embedded default's H2: events, snapshots, tokens and sagas go
 * through JDBC into the snake_case tables the JPA stores had (Flyway makes them), the database numbers the events, and
 * a second event for the same aggregate sequence is a concurrency conflict. The events have a database of their own,
 * committed on its own; tokens and sagas join the main database's Spring transactions.
 */
@SpringBootTest(classes = JdbcStoresTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.datasource.url=jdbc:h2:mem:jdbc-stores;DB_CLOSE_DELAY=-1",
        "bbangshop.event-store.datasource.url=jdbc:h2:mem:jdbc-stores-events;DB_CLOSE_DELAY=-1"})
class JdbcStoresTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    TokenStore tokenStore;
    @Autowired
    SagaStore<Object> sagaStore;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier(EventStoreDatabase.EVENT_STORE)
    DataSource eventDatabase;
    @Autowired
    @Qualifier("dbHealthContributor")
    CompositeHealthContributor databasesHealth;

    /** How the database reports the type of the byte columns. */
    String binaryColumnType() {
        return "BINARY VARYING";
    }

    @Test
    void everyStoreIsAxonsJdbcOne() {
        assertThat(storageEngine).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(tokenStore).isInstanceOf(JdbcTokenStore.class);
        assertThat(sagaStore).isInstanceOfSatisfying(BatchRememberingSagaStore.class,
                store -> assertThat(store.delegate()).isInstanceOf(JdbcSagaStore.class));
    }

    @Test
    void eventsLandInTheEventTableNumberedByTheDatabase() {
        String bread = newId();
        for (long sequence = 0; sequence < 3; sequence++) {
            eventStore.publish(event(bread, sequence));
        }

        List<Long> globalIndexes = events().queryForList("select global_index from domain_event_entry"
                + " where aggregate_identifier = ? order by sequence_number", Long.class, bread);
        long first = globalIndexes.get(0);
        assertThat(globalIndexes).containsExactly(first, first + 1, first + 2);
        assertThat(column("domain_event_entry", "global_index", "is_identity")).isEqualTo("YES");
        assertThat(events().queryForObject("select payload_type from domain_event_entry where global_index = ?",
                String.class, first)).isEqualTo(Baked.class.getName());
        assertThat(payloads(bread)).containsExactly(new Baked(0), new Baked(1), new Baked(2));
    }

    @Test
    void aTrackingReadPastAGapDeliversTheGapsEventOnceItIsThere() {
        String bread = newId();
        for (long sequence = 0; sequence < 5; sequence++) {
            eventStore.publish(event(bread, sequence));
        }
        long first = events().queryForObject("select min(global_index) from domain_event_entry"
                + " where aggregate_identifier = ?", Long.class, bread);
        // a reader that has seen up to the fourth event, but not the second: it committed later than the third
        TrackingToken seen = GapAwareTrackingToken.newInstance(first + 3, List.of(first + 1));

        List<Object> read = storageEngine.readEvents(seen, false).limit(2).map(event -> (Object) event.getPayload())
                .toList();

        assertThat(read).containsExactly(new Baked(1), new Baked(4));
    }

    /** H2 answered Axon's own "range OR gaps" read by scanning the whole event table; this one uses the key. */
    @Test
    void theReadPastGapsUsesTheEventTablesKeyNotAScan() {
        List<String> planLines = new TransactionTemplate(new DataSourceTransactionManager(eventDatabase))
                .execute(status -> {
                    preferIndexes(events());
                    return events().queryForList("explain " + IndexedGapReads.sql(StoreSchemas.events(), 2),
                            String.class, 10L, 200L, 100L, 10L, 20L);
                });
        String plan = String.join("\n", planLines);

        assertThat(plan).containsIgnoringCase("global_index >= ").containsIgnoringCase(indexReadWords())
                .doesNotContainIgnoringCase(tableScanWords());
    }

    @Test
    void numbersForEventsAndAssociationsComeFromALargeCache() {
        assertThat(numberCache("domain_event_entry", "global_index")).isGreaterThanOrEqualTo(1000);
        assertThat(numberCache("association_value_entry", "id")).isGreaterThanOrEqualTo(1000);
    }

    /** H2's own sequence cache: each time it runs out, the sequence's state is a commit to the file of its own. */
    private long numberCache(String table, String column) {
        return Long.parseLong(column(table, column, "identity_cache"));
    }

    /** A tiny table is scanned whatever the indexes; PostgreSQL must be told to plan as for a large one. */
    void preferIndexes(JdbcTemplate database) {
    }

    String indexReadWords() {
        return "primary_key";
    }

    String tableScanWords() {
        return "tableScan";
    }

    @Test
    void aSecondEventForTheSameAggregateSequenceIsAConcurrencyConflict() {
        String bread = newId();
        eventStore.publish(event(bread, 0));
        eventStore.publish(event(bread, 1));

        assertThatThrownBy(() -> eventStore.publish(event(bread, 1))).isInstanceOf(ConcurrencyException.class);
        assertThatThrownBy(() -> eventStore.publish(event(bread, 0)))
                .as("a second aggregate under the same id").isInstanceOf(AggregateStreamCreationException.class);
        assertThat(events().queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Integer.class, bread)).isEqualTo(2);
    }

    @Test
    void anAggregateLoadsFromItsLatestSnapshot() {
        String bread = newId();
        for (long sequence = 0; sequence < 4; sequence++) {
            eventStore.publish(event(bread, sequence));
        }
        eventStore.storeSnapshot(snapshot(bread, 1));
        eventStore.storeSnapshot(snapshot(bread, 2));

        assertThat(payloads(bread)).containsExactly(new Baked(102), new Baked(3));
        assertThat(events().queryForList("select sequence_number from snapshot_event_entry where aggregate_identifier = ?",
                Long.class, bread)).as("older snapshots are dropped").containsExactly(2L);
    }

    @Test
    void tokensLandInTheTokenTable() {
        String processor = "processor-" + newId();
        transaction.executeWithoutResult(status -> {
            tokenStore.initializeTokenSegments(processor, 2);
            tokenStore.storeToken(new GlobalSequenceTrackingToken(41), processor, 1);
        });

        TrackingToken stored = transaction.execute(status -> tokenStore.fetchToken(processor, 1));
        assertThat(stored).isEqualTo(new GlobalSequenceTrackingToken(41));
        assertThat(jdbc.queryForList("select segment from token_entry where processor_name = ? order by segment",
                Integer.class, processor)).containsExactly(0, 1);
        assertThat(jdbc.queryForObject("select token_type from token_entry where processor_name = ? and segment = 1",
                String.class, processor)).isEqualTo(GlobalSequenceTrackingToken.class.getName());
    }

    @Test
    void sagasAndTheirAssociationsLandInTheSagaTables() {
        String sagaId = newId();
        AssociationValue reservation = new AssociationValue("reservationId", newId());
        transaction.executeWithoutResult(status -> sagaStore.insertSaga(
                TestSaga.class, sagaId, new TestSaga(reservation.getValue()), Set.of(reservation)));

        assertThat(sagaStore.findSagas(TestSaga.class, reservation)).containsExactly(sagaId);
        assertThat(((TestSaga) sagaStore.loadSaga(TestSaga.class, sagaId).saga()).reservationId)
                .isEqualTo(reservation.getValue());
        assertThat(jdbc.queryForObject("select saga_type from saga_entry where saga_id = ?", String.class, sagaId))
                .isEqualTo(TestSaga.class.getName());
        assertThat(jdbc.queryForObject("select count(*) from association_value_entry where saga_id = ?"
                + " and association_key = 'reservationId' and association_value = ? and id is not null",
                Integer.class, sagaId, reservation.getValue())).isEqualTo(1);
    }

    @Test
    void tokensAndSagasWriteInTheSpringTransactionAndRollBackWithIt() {
        String processor = "processor-" + newId();
        String sagaId = newId();
        transaction.executeWithoutResult(status -> {
            tokenStore.initializeTokenSegments(processor, 1);
            sagaStore.insertSaga(TestSaga.class, sagaId, new TestSaga(sagaId),
                    Set.of(new AssociationValue("reservationId", sagaId)));
            status.setRollbackOnly();
        });

        assertThat(jdbc.queryForObject("select count(*) from token_entry where processor_name = ?",
                Integer.class, processor)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from saga_entry where saga_id = ?",
                Integer.class, sagaId)).isZero();
    }

    @Test
    void aUnitOfWorksEventsAreWrittenWhenItCommitsAndNotAtAllWhenItRollsBack() {
        String kept = newId();
        String dropped = newId();

        DefaultUnitOfWork.startAndGet(new GenericMessage<>("keep")).execute(() -> {
            eventStore.publish(event(kept, 0));
            eventStore.publish(event(kept, 1));
            assertThat(eventsOf(kept)).as("not before the commit").isZero();
        });
        UnitOfWork<?> failing = DefaultUnitOfWork.startAndGet(new GenericMessage<>("drop"));
        eventStore.publish(event(dropped, 0));
        failing.rollback();

        assertThat(eventsOf(kept)).isEqualTo(2);
        assertThat(eventsOf(dropped)).isZero();
    }

    @Test
    void theEventsHaveADatabaseOfTheirOwnAndTheRestStaysInTheMainOne() {
        assertThat(tables(events())).contains("domain_event_entry", "snapshot_event_entry")
                .doesNotContain("token_entry", "saga_entry", "association_value_entry");
        assertThat(tables(jdbc)).contains("token_entry", "saga_entry", "association_value_entry")
                .doesNotContain("domain_event_entry", "snapshot_event_entry");
    }

    @Test
    void flywayMadeTheTablesEachGroupWithAHistoryOfItsOwn() {
        assertThat(migrations(jdbc, "stores")).containsExactly("1 axon stores");
        assertThat(migrations(events(), "events")).containsExactly("1 axon events");
    }

    /** The migrations Flyway ran for a group; Flyway quotes its history's names. */
    static List<String> migrations(JdbcTemplate database, String group) {
        return database.queryForList("select \"version\" || ' ' || \"description\" from \"" + group
                + "_schema_history\" where \"type\" = 'SQL' and \"success\" order by \"installed_rank\"",
                String.class);
    }

    @Test
    void theDatabaseHealthCoversBothDatabases() {
        for (String database : List.of("main", "events")) {
            HealthIndicator health = (HealthIndicator) databasesHealth.getContributor(database);
            assertThat(health.health().getStatus()).as(database).isEqualTo(Status.UP);
        }
    }

    @Test
    void byteColumnsArePlainBinaryNeverLargeObjects() {
        for (String table : List.of("domain_event_entry", "snapshot_event_entry")) {
            assertThat(column(table, "payload", "data_type")).as(table).isEqualTo(binaryColumnType());
            assertThat(column(table, "meta_data", "data_type")).as(table).isEqualTo(binaryColumnType());
        }
        assertThat(column("token_entry", "token", "data_type")).isEqualTo(binaryColumnType());
        assertThat(column("saga_entry", "serialized_saga", "data_type")).isEqualTo(binaryColumnType());
    }

    @Test
    void hibernateMapsTheDeadLettersButNoneOfAxonsStoreEntities() {
        assertThat(entityManagerFactory.getMetamodel().getEntities()).extracting(EntityType::getName)
                .contains("DeadLetterEntry")
                .doesNotContain("DomainEventEntry", "SnapshotEventEntry", "TokenEntry", "SagaEntry",
                        "AssociationValueEntry");
        for (JdbcTemplate database : List.of(jdbc, events())) {
            assertThat(database.queryForList("select lower(sequence_name) from information_schema.sequences",
                    String.class)).doesNotContain("domain_event_entry_seq", "association_value_entry_seq");
        }
    }

    private List<Object> payloads(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().map(event -> (Object) event.getPayload()).toList();
    }

    private String column(String table, String column, String property) {
        JdbcTemplate database = table.endsWith("event_entry") ? events() : jdbc;
        return database.queryForObject("select " + property + " from information_schema.columns"
                + " where lower(table_name) = ? and lower(column_name) = ?", String.class, table, column);
    }

    JdbcTemplate events() {
        return new JdbcTemplate(eventDatabase);
    }

    private int eventsOf(String aggregateId) {
        return events().queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Integer.class, aggregateId);
    }

    /** The tables of the schema a connection works in (H2's PUBLIC, PostgreSQL's public). */
    static List<String> tables(JdbcTemplate database) {
        return database.queryForList("select lower(table_name) from information_schema.tables"
                + " where lower(table_schema) = 'public'", String.class);
    }

    private static DomainEventMessage<Baked> event(String aggregateId, long sequence) {
        return new GenericDomainEventMessage<>("Bread", aggregateId, sequence, new Baked((int) sequence));
    }

    private static DomainEventMessage<Baked> snapshot(String aggregateId, long sequence) {
        return new GenericDomainEventMessage<>("Bread", aggregateId, sequence, new Baked(100 + (int) sequence));
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    public record Baked(int loaves) {
    }

    public static class TestSaga {

        public String reservationId;

        public TestSaga() {
        }

        TestSaga(String reservationId) {
            this.reservationId = reservationId;
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }
}
