package com.bbangshop.runtime.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.monitoring.MessageMonitor;

import java.util.concurrent.atomic.AtomicLong;

/**
 * An event processor's {@code eventProcessor.latency} as Axon measures it: how much older the last event it has
 * finished is than the newest it has taken in, in milliseconds (0 when it is caught up). One gauge per processor,
 * registered once.
 */
final class ProcessorLatency implements MessageMonitor<EventMessage<?>> {

    private final AtomicLong newestTakenIn = new AtomicLong(-1);
    private final AtomicLong newestFinished = new AtomicLong(-1);

    ProcessorLatency(Tags processorTags, MeterRegistry registry) {
        Gauge.builder("eventProcessor.latency", this, ProcessorLatency::millis).tags(processorTags)
                .register(registry);
    }

    @Override
    public MonitorCallback onMessageIngested(EventMessage<?> message) {
        long timestamp = message.getTimestamp().toEpochMilli();
        newestTakenIn.accumulateAndGet(timestamp, Math::max);
        return new MonitorCallback() {
            @Override
            public void reportSuccess() {
                finished();
            }

            @Override
            public void reportFailure(Throwable cause) {
                finished();
            }

            @Override
            public void reportIgnored() {
                finished();
            }

            private void finished() {
                newestFinished.accumulateAndGet(timestamp, Math::max);
            }
        };
    }

    private double millis() {
        long takenIn = newestTakenIn.get();
        long finished = newestFinished.get();
        return takenIn < 0 || finished < 0 ? 0 : Math.max(0, takenIn - finished);
    }
}
