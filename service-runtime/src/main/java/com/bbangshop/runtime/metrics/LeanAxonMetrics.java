package com.bbangshop.runtime.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryUpdateEmitter;

import java.util.List;

/**
 * Axon's meters, dimensional as before (tagged by payload type, and by processor for event processors), without
 * their per-message cost: Axon's monitors looked up about a dozen meters per message in every component, some 10 %
 * of a flash sale's CPU (BENCHMARKS.md). Kept: counters (ingested, success, failure, ignored), a timer of handling
 * and each processor's latency. Left out: the capacity gauges and the per-outcome timers.
 * <p>
 * A {@link MetricsConfigurerModule}, so Axon's own module stands back.
 */
public class LeanAxonMetrics extends MetricsConfigurerModule {

    private final MeterRegistry registry;

    public LeanAxonMetrics(GlobalMetricRegistry axonRegistry, MeterRegistry registry) {
        super(axonRegistry, true);
        this.registry = registry;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void configureModule(Configurer configurer) {
        configurer.configureMessageMonitor(configuration -> (componentType, componentName) ->
                (MessageMonitor<Message<?>>) (MessageMonitor) monitorFor(componentType, componentName));
    }

    MessageMonitor<?> monitorFor(Class<?> componentType, String componentName) {
        if (EventProcessor.class.isAssignableFrom(componentType)) {
            Tags processor = Tags.of("processorName", componentName);
            return new MultiMessageMonitor<>(List.of(new PayloadTypeMeters("eventProcessor", processor, registry),
                    new ProcessorLatency(processor, registry)));
        }
        if (CommandBus.class.isAssignableFrom(componentType) || EventBus.class.isAssignableFrom(componentType)
                || QueryBus.class.isAssignableFrom(componentType)
                || QueryUpdateEmitter.class.isAssignableFrom(componentType)) {
            return new PayloadTypeMeters(componentName, Tags.empty(), registry);
        }
        return NoOpMessageMonitor.instance();
    }
}
