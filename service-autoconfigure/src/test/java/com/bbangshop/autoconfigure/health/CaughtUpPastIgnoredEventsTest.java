package com.bbangshop.autoconfigure.health;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.axonframework.eventhandling.GenericEventMessage.asEventMessage;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A real tracking processor whose last events are of a type it ignores, on a stream that, like Axon Server's, stops
 * sending a type once the processor has ignored it: the processor stops below the newest event and, with nothing new
 * to handle, stays there. Readiness must not wait for it.
 */
class CaughtUpPastIgnoredEventsTest {

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final Registrations registrations = new Registrations();
    private TrackingEventProcessor breads;

    @AfterEach
    void stop() {
        if (breads != null) {
            breads.shutDown();
        }
        store.shutDown();
    }

    @Test
    void is_ready_once_the_processor_has_read_what_it_handles_though_ignored_events_follow() {
        store.publish(asEventMessage("croissant registered"), asEventMessage(1), asEventMessage(2),
                asEventMessage(3));
        breads = TrackingEventProcessor.builder().name("breads")
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(registrations).build())
                .messageSource(new BlockListing(store))
                .tokenStore(new InMemoryTokenStore())
                .transactionManager(NoTransactionManager.INSTANCE)
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration
                        .forSingleThreadedProcessing().andEventAvailabilityTimeout(100, TimeUnit.MILLISECONDS)
                        .andInitialTrackingToken(StreamableMessageSource::createTailToken))
                .build();
        breads.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> !breads.processingStatus().isEmpty()
                && breads.processingStatus().get(0).isCaughtUp());
        assertThat(breads.processingStatus().get(0).getCurrentPosition().orElseThrow())
                .as("stopped below the newest event").isLessThan(3);

        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        when(processing.eventProcessors()).thenReturn(Map.<String, EventProcessor>of("breads", breads));
        ProcessorsCaughtUpHealthIndicator health = new ProcessorsCaughtUpHealthIndicator(() -> processing, () -> store,
                Duration.ofSeconds(15), Clock.systemUTC());

        Instant asked = Instant.now();
        await().atMost(Duration.ofSeconds(10)).until(() -> health.health().getStatus().equals(Status.UP));
        assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(2));
        assertThat(registrations.handled).containsExactly("croissant registered");
    }

    /** Handles the registrations (strings) only. */
    public static class Registrations {

        final List<String> handled = new CopyOnWriteArrayList<>();

        @EventHandler
        public void on(String registered) {
            handled.add(registered);
        }
    }

    /** The events of a store, leaving out every type that a processor said it ignores, as Axon Server does. */
    private record BlockListing(StreamableMessageSource<TrackedEventMessage<?>> events)
            implements StreamableMessageSource<TrackedEventMessage<?>> {

        @Override
        public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
            BlockingStream<TrackedEventMessage<?>> all = events.openStream(token);
            Set<Class<?>> ignored = ConcurrentHashMap.newKeySet();
            return new BlockingStream<>() {
                @Override
                public Optional<TrackedEventMessage<?>> peek() {
                    return hasNextAvailable() ? all.peek() : Optional.empty();
                }

                @Override
                public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
                    while (all.hasNextAvailable(timeout, unit)) {
                        if (!ignored.contains(all.peek().orElseThrow().getPayloadType())) {
                            return true;
                        }
                        all.nextAvailable();
                    }
                    return false;
                }

                @Override
                public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
                    while (!hasNextAvailable(Integer.MAX_VALUE, TimeUnit.MILLISECONDS)) {
                        Thread.onSpinWait();
                    }
                    return all.nextAvailable();
                }

                @Override
                public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
                    ignored.add(ignoredMessage.getPayloadType());
                }

                @Override
                public void close() {
                    all.close();
                }
            };
        }

        @Override
        public TrackingToken createTailToken() {
            return events.createTailToken();
        }

        @Override
        public TrackingToken createHeadToken() {
            return events.createHeadToken();
        }
    }
}
