package com.bbangshop.runtime.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Counts one component's messages and times their handling, tagged by payload type, under Axon's own meter names
 * ({@code <prefix>.successCounter}, {@code <prefix>.allTimer}, ...). Axon's monitors look up every meter in the registry
 * for every message; these are looked up once per payload type and kept.
 */
final class PayloadTypeMeters implements MessageMonitor<Message<?>> {

    private final String prefix;
    private final Tags componentTags;
    private final MeterRegistry registry;
    private final Map<Class<?>, Meters> byPayloadType = new ConcurrentHashMap<>();

    PayloadTypeMeters(String prefix, Tags componentTags, MeterRegistry registry) {
        this.prefix = prefix;
        this.componentTags = componentTags;
        this.registry = registry;
    }

    @Override
    public MonitorCallback onMessageIngested(Message<?> message) {
        Meters meters = metersFor(message.getPayloadType());
        meters.ingested.increment();
        long start = System.nanoTime();
        return new MonitorCallback() {
            @Override
            public void reportSuccess() {
                meters.success.increment();
                meters.all.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            }

            @Override
            public void reportFailure(Throwable cause) {
                meters.failure.increment();
                meters.all.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            }

            @Override
            public void reportIgnored() {
                meters.ignored.increment();
            }
        };
    }

    private Meters metersFor(Class<?> payloadType) {
        Meters known = byPayloadType.get(payloadType);
        return known != null ? known : byPayloadType.computeIfAbsent(payloadType, type -> new Meters(
                componentTags.and("payloadType", type.getSimpleName())));
    }

    private final class Meters {
        final Counter ingested;
        final Counter success;
        final Counter failure;
        final Counter ignored;
        final Timer all;

        Meters(Tags tags) {
            ingested = registry.counter(prefix + ".ingestedCounter", tags);
            success = registry.counter(prefix + ".successCounter", tags);
            failure = registry.counter(prefix + ".failureCounter", tags);
            ignored = registry.counter(prefix + ".ignoredCounter", tags);
            all = registry.timer(prefix + ".allTimer", tags);
        }
    }
}
