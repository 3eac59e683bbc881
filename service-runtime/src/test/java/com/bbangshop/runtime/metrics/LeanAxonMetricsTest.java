package com.bbangshop.runtime.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LeanAxonMetricsTest {

    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final LeanAxonMetrics metrics = new LeanAxonMetrics(new GlobalMetricRegistry(registry), registry);

    record Baked(int loaves) {
    }

    record Burnt(int loaves) {
    }

    @Test
    void aCommandIsCountedAndTimedUnderAxonsNamesTaggedByItsPayloadType() {
        MessageMonitor<Message<?>> commandBus = monitor(CommandBus.class, "commandBus");

        commandBus.onMessageIngested(new GenericCommandMessage<>(new Baked(1))).reportSuccess();
        commandBus.onMessageIngested(new GenericCommandMessage<>(new Baked(2)))
                .reportFailure(new IllegalStateException("burnt"));
        commandBus.onMessageIngested(new GenericCommandMessage<>(new Burnt(1))).reportSuccess();

        assertThat(count("commandBus.ingestedCounter", "Baked")).isEqualTo(2);
        assertThat(count("commandBus.successCounter", "Baked")).isEqualTo(1);
        assertThat(count("commandBus.failureCounter", "Baked")).isEqualTo(1);
        assertThat(count("commandBus.successCounter", "Burnt")).isEqualTo(1);
        assertThat(registry.get("commandBus.allTimer").tag("payloadType", "Baked").timer().count()).isEqualTo(2);
    }

    @Test
    void theMetersOfAPayloadTypeAreMadeOnceNotForEveryMessage() {
        MessageMonitor<Message<?>> commandBus = monitor(CommandBus.class, "commandBus");
        commandBus.onMessageIngested(new GenericCommandMessage<>(new Baked(1))).reportSuccess();
        int meters = registry.getMeters().size();

        for (int i = 0; i < 100; i++) {
            commandBus.onMessageIngested(new GenericCommandMessage<>(new Baked(i))).reportSuccess();
        }

        assertThat(registry.getMeters()).hasSize(meters);
        assertThat(count("commandBus.successCounter", "Baked")).isEqualTo(101);
    }

    @Test
    void anEventProcessorsMetersNameTheProcessorAndCountWhatItIgnored() {
        MessageMonitor<Message<?>> pages = monitor(TrackingEventProcessor.class, "pages");

        pages.onMessageIngested(event(new Baked(1), Instant.parse("2026-11-21T10:00:00Z"))).reportSuccess();
        pages.onMessageIngested(event(new Burnt(1), Instant.parse("2026-11-21T10:00:01Z"))).reportIgnored();

        assertThat(registry.get("eventProcessor.successCounter").tag("processorName", "pages")
                .tag("payloadType", "Baked").counter().count()).isEqualTo(1);
        assertThat(registry.get("eventProcessor.ignoredCounter").tag("processorName", "pages")
                .tag("payloadType", "Burnt").counter().count()).isEqualTo(1);
    }

    @Test
    void aProcessorsLatencyIsHowFarItsFinishedEventsLagBehindWhatItTookIn() {
        MessageMonitor<Message<?>> saga = monitor(TrackingEventProcessor.class, "ReservationSagaProcessor");
        Instant first = Instant.parse("2026-11-21T10:00:00Z");

        saga.onMessageIngested(event(new Baked(1), first)).reportSuccess();
        MessageMonitor.MonitorCallback stillRunning = saga.onMessageIngested(event(new Baked(2),
                first.plusMillis(750)));
        assertThat(latency("ReservationSagaProcessor")).isEqualTo(750);

        stillRunning.reportSuccess();
        assertThat(latency("ReservationSagaProcessor")).isZero();
    }

    @Test
    void componentsAxonHasNoMetersForAreNotMonitored() {
        assertThat(metrics.monitorFor(DeadlineManager.class, "deadlineManager"))
                .isSameAs(NoOpMessageMonitor.instance());
    }

    @SuppressWarnings("unchecked")
    private MessageMonitor<Message<?>> monitor(Class<?> componentType, String name) {
        return (MessageMonitor<Message<?>>) metrics.monitorFor(componentType, name);
    }

    private double count(String name, String payloadType) {
        return registry.get(name).tag("payloadType", payloadType).counter().count();
    }

    private double latency(String processor) {
        return registry.get("eventProcessor.latency").tag("processorName", processor).gauge().value();
    }

    private static EventMessage<?> event(Object payload, Instant at) {
        return new GenericEventMessage<>(GenericEventMessage.asEventMessage(payload), () -> at);
    }
}
