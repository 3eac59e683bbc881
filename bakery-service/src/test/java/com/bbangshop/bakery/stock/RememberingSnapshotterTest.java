package com.bbangshop.bakery.stock;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.common.DirectExecutor;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.annotation.ClasspathHandlerDefinition;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Snapshots build on the aggregate snapshotted last, without reading it back, and never on a state not stored. */
class RememberingSnapshotterTest {

    private final CountingSerializer serializer = new CountingSerializer(JacksonSerializer.defaultSerializer());
    private JdbcEventStorageEngine storage;
    private EmbeddedEventStore eventStore;

    @BeforeEach
    void freshEventStore() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        storage = JdbcEventStorageEngine.builder()
                .connectionProvider(new DataSourceConnectionProvider(dataSource))
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build();
        storage.createSchema(PostgresEventTableFactory.INSTANCE);
        eventStore = EmbeddedEventStore.builder().storageEngine(storage).build();
    }

    @Test
    void theNextSnapshotIsBuiltOnTheLastOneWithoutReadingItBack() {
        RememberingSnapshotter snapshotter = snapshotter(2);
        snapshotAfterMarks(snapshotter, "tally-1", 0, 10);
        mark("tally-1", 10, 20);

        assertThat(readBacksWhileSnapshotting(snapshotter, "tally-1")).isZero();
        assertThat(storedSnapshot("tally-1").marks).containsExactlyElementsOf(marks(0, 20));
        assertThat(storedSnapshotSequence("tally-1")).isEqualTo(19);
    }

    @Test
    void aSnapshotItDidNotTakeIsReadBackAsAxonDoes() {
        snapshotAfterMarks(snapshotter(2), "tally-1", 0, 10);
        mark("tally-1", 10, 15);

        // a restarted process keeps nothing
        assertThat(readBacksWhileSnapshotting(snapshotter(2), "tally-1")).isOne();
        assertThat(storedSnapshot("tally-1").marks).containsExactlyElementsOf(marks(0, 15));
    }

    @Test
    void aSnapshotStoredMeanwhileByAnotherProcessIsReadBackInsteadOfWhatIsKept() {
        RememberingSnapshotter here = snapshotter(2);
        snapshotAfterMarks(here, "tally-1", 0, 10);
        snapshotAfterMarks(snapshotter(2), "tally-1", 10, 20);
        mark("tally-1", 20, 25);

        assertThat(readBacksWhileSnapshotting(here, "tally-1")).isOne();
        assertThat(storedSnapshot("tally-1").marks).containsExactlyElementsOf(marks(0, 25));
        assertThat(storedSnapshotSequence("tally-1")).isEqualTo(24);
    }

    @Test
    void onlyTheMostRecentlySnapshottedAggregatesAreKept() {
        RememberingSnapshotter snapshotter = snapshotter(1);
        snapshotAfterMarks(snapshotter, "tally-1", 0, 3);
        snapshotAfterMarks(snapshotter, "tally-2", 0, 3);
        mark("tally-1", 3, 6);

        assertThat(readBacksWhileSnapshotting(snapshotter, "tally-1")).isOne();
        assertThat(snapshotter.rememberedCount()).isEqualTo(1);
        assertThat(storedSnapshot("tally-1").marks).containsExactlyElementsOf(marks(0, 6));
    }

    private void snapshotAfterMarks(RememberingSnapshotter snapshotter, String tallyId, int from, int to) {
        mark(tallyId, from, to);
        snapshotter.scheduleSnapshot(Tally.class, tallyId);
    }

    /** How often a stored snapshot was deserialized while this snapshot was taken. */
    private int readBacksWhileSnapshotting(RememberingSnapshotter snapshotter, String tallyId) {
        serializer.tallyReadBacks.set(0);
        snapshotter.scheduleSnapshot(Tally.class, tallyId);
        return serializer.tallyReadBacks.get();
    }

    private RememberingSnapshotter snapshotter(int kept) {
        SpringAggregateSnapshotter.Builder builder = SpringAggregateSnapshotter.builder();
        builder.eventStore(eventStore)
                .executor(DirectExecutor.INSTANCE)
                .transactionManager(NoTransactionManager.INSTANCE)
                .aggregateFactories(new GenericAggregateFactory<>(Tally.class));
        return new RememberingSnapshotter(builder, ClasspathParameterResolverFactory.forClass(Tally.class),
                ClasspathHandlerDefinition.forClass(Tally.class), kept);
    }

    private void mark(String tallyId, int from, int to) {
        IntStream.range(from, to).forEach(i -> eventStore.publish(
                new GenericDomainEventMessage<>("Tally", tallyId, i, new Marked(tallyId, "mark-" + i))));
    }

    private static List<String> marks(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "mark-" + i).toList();
    }

    private Tally storedSnapshot(String tallyId) {
        return (Tally) storage.readSnapshot(tallyId).orElseThrow().getPayload();
    }

    private long storedSnapshotSequence(String tallyId) {
        return storage.readSnapshot(tallyId).orElseThrow().getSequenceNumber();
    }

    record Marked(String tallyId, String mark) {
    }

    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    static class Tally {
        @AggregateIdentifier
        private String tallyId;
        private List<String> marks = new ArrayList<>();

        Tally() {
        }

        @EventSourcingHandler
        void on(Marked event) {
            tallyId = event.tallyId();
            marks.add(event.mark());
        }
    }

    /** Counts how often a stored Tally (a snapshot) is deserialized. */
    private static final class CountingSerializer implements Serializer {
        final AtomicInteger tallyReadBacks = new AtomicInteger();
        private final Serializer delegate;

        CountingSerializer(Serializer delegate) {
            this.delegate = delegate;
        }

        @Override
        public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
            return delegate.serialize(object, expectedRepresentation);
        }

        @Override
        public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
            return delegate.canSerializeTo(expectedRepresentation);
        }

        @Override
        public <S, T> T deserialize(SerializedObject<S> serializedObject) {
            if (serializedObject.getType().getName().equals(Tally.class.getName())) {
                tallyReadBacks.incrementAndGet();
            }
            return delegate.deserialize(serializedObject);
        }

        @Override
        public Class classForType(SerializedType type) {
            return delegate.classForType(type);
        }

        @Override
        public SerializedType typeForClass(Class type) {
            return delegate.typeForClass(type);
        }

        @Override
        public Converter getConverter() {
            return delegate.getConverter();
        }
    }
}
