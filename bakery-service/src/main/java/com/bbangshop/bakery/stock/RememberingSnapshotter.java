package com.bbangshop.bakery.stock;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Axon's snapshotter, but it keeps the aggregates it last snapshotted. Axon's builds each snapshot from the one before:
 * it reads that back and deserializes it, then applies the events since. For an aggregate that remembers every
 * decision it made (a bread on sale), reading the last snapshot back was the largest part of every snapshot's cost
 * (44 %). This one applies the events since to the aggregate it snapshotted last time, if that is the snapshot the
 * store returns first (same aggregate, same sequence number); anything else (a snapshot that failed to store, one
 * taken by another process, a restart) takes Axon's way. The aggregates it keeps are its own copies, touched only by
 * the snapshot thread, and only the most recent few are kept.
 */
class RememberingSnapshotter extends SpringAggregateSnapshotter {

    private final ParameterResolverFactory parameterResolverFactory;
    private final HandlerDefinition handlerDefinition;
    private final Map<Class<?>, AggregateModel<Object>> models = new ConcurrentHashMap<>();
    private final Map<String, Snapshotted> lastTaken;

    RememberingSnapshotter(SpringAggregateSnapshotter.Builder builder,
                           ParameterResolverFactory parameterResolverFactory, HandlerDefinition handlerDefinition,
                           int remembered) {
        super(builder);
        if (remembered < 1) {
            throw new IllegalArgumentException("remembered must be at least 1");
        }
        this.parameterResolverFactory = parameterResolverFactory;
        this.handlerDefinition = handlerDefinition;
        this.lastTaken = new LinkedHashMap<>(remembered + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Snapshotted> eldest) {
                return size() > remembered;
            }
        };
    }

    @Override
    protected DomainEventMessage<?> createSnapshot(Class<?> aggregateType, String aggregateIdentifier,
                                                   DomainEventStream eventStream) {
        Snapshotted last = takeLast(aggregateType, aggregateIdentifier);
        DomainEventMessage<?> snapshot = last != null && last.isWhereThisStreamStarts(eventStream)
                ? continueFrom(last, eventStream)
                : super.createSnapshot(aggregateType, aggregateIdentifier, eventStream);
        if (snapshot != null) {
            remember(new Snapshotted(aggregateType, aggregateIdentifier, snapshot.getSequenceNumber(),
                    snapshot.getPayload()));
        }
        return snapshot;
    }

    private DomainEventMessage<?> continueFrom(Snapshotted last, DomainEventStream eventStream) {
        eventStream.next(); // the stored snapshot: its state is the one kept
        EventSourcedAggregate<Object> aggregate = EventSourcedAggregate.initialize(
                last.aggregate(), model(last.type()), null, NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(eventStream);
        if (aggregate.isDeleted()) {
            return null;
        }
        return new GenericDomainEventMessage<>(aggregate.type(), aggregate.identifierAsString(),
                aggregate.version(), aggregate.getAggregateRoot());
    }

    @SuppressWarnings("unchecked")
    private AggregateModel<Object> model(Class<?> aggregateType) {
        return models.computeIfAbsent(aggregateType, type -> (AggregateModel<Object>) AnnotatedAggregateMetaModelFactory
                .inspectAggregate(type, parameterResolverFactory, handlerDefinition));
    }

    /** Taken out while it is worked on: if the snapshot fails halfway, a half-updated aggregate is not kept. */
    private synchronized Snapshotted takeLast(Class<?> aggregateType, String aggregateIdentifier) {
        Snapshotted last = lastTaken.remove(aggregateIdentifier);
        return last != null && last.type().equals(aggregateType) ? last : null;
    }

    private synchronized void remember(Snapshotted snapshotted) {
        lastTaken.put(snapshotted.identifier(), snapshotted);
    }

    synchronized int rememberedCount() {
        return lastTaken.size();
    }

    private record Snapshotted(Class<?> type, String identifier, long sequenceNumber, Object aggregate) {

        /**
         * The store answers with its newest snapshot first (no event has the aggregate's own type as payload); it
         * must be the one taken from what is kept, or what is kept is not the state the events since build on.
         */
        boolean isWhereThisStreamStarts(DomainEventStream eventStream) {
            if (!eventStream.hasNext()) {
                return false;
            }
            DomainEventMessage<?> first = eventStream.peek();
            return first.getSequenceNumber() == sequenceNumber && type.equals(first.getPayloadType());
        }
    }
}
