package com.bbangshop.query.live;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/** The open streams and subscription queries as gauges, so a leak shows on the metrics dashboard. */
@Component
public class LiveStreamMetrics implements MeterBinder {

    private final LiveStreams streams;
    private final QueryUpdateEmitter updateEmitter;

    public LiveStreamMetrics(LiveStreams streams, QueryUpdateEmitter updateEmitter) {
        this.streams = streams;
        this.updateEmitter = updateEmitter;
    }

    public LiveSubscriptionCount count() {
        return new LiveSubscriptionCount(streams.openStreams(), updateEmitter.activeSubscriptions().size());
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("bbangshop.live.streams", streams, LiveStreams::openStreams)
                .description("Server-Sent Event streams open now").register(registry);
        Gauge.builder("bbangshop.live.subscription.queries", this, metrics -> metrics.count().subscriptionQueries())
                .description("Axon subscription queries open now").register(registry);
    }
}
