package com.bbangshop.runtime.health;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Ready only once every event processor of the process has caught up with the events since it started. A killed
 * process loses the read model's last writes (H2 writes them up to 500 ms late) and its processors read those events
 * again on start: until then a bread registered just before the kill is unknown to the read side, and a reserve
 * request for it would hear 404. Once caught up the process stays ready: falling behind in a sale is lag, which
 * {@code eventProcessor.latency} shows, not a reason to take the process out of service. A processor whose segments
 * are all claimed by other instances is theirs to catch up.
 */
public class CaughtUpEventProcessors implements HealthIndicator {

    private final Supplier<EventProcessingConfiguration> processing;
    private volatile boolean caughtUp;

    public CaughtUpEventProcessors(Supplier<EventProcessingConfiguration> processing) {
        this.processing = processing;
    }

    @Override
    public Health health() {
        if (caughtUp) {
            return Health.up().build();
        }
        Map<String, String> behind = new TreeMap<>();
        processing.get().eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                whyBehind(name, streaming).ifPresent(why -> behind.put(name, why));
            }
        });
        if (!behind.isEmpty()) {
            return Health.outOfService().withDetails(behind).build();
        }
        caughtUp = true;
        return Health.up().build();
    }

    private Optional<String> whyBehind(String name, StreamingEventProcessor processor) {
        if (!processor.isRunning()) {
            return Optional.of("not running");
        }
        Collection<EventTrackerStatus> claimed = processor.processingStatus().values();
        if (claimed.isEmpty()) {
            return claimedElsewhere(name) ? Optional.empty() : Optional.of("no segment claimed yet");
        }
        long reading = claimed.stream().filter(segment -> !segment.isCaughtUp()).count();
        return reading == 0 ? Optional.empty()
                : Optional.of(reading + " of " + claimed.size() + " segments still reading the events");
    }

    /** Every segment is there and claimed by another instance (a store of one process calls them all available). */
    private boolean claimedElsewhere(String name) {
        EventProcessingConfiguration configuration = processing.get();
        TokenStore tokens = configuration.tokenStore(name);
        return configuration.transactionManager(name).fetchInTransaction(
                () -> tokens.fetchSegments(name).length > 0 && tokens.fetchAvailableSegments(name).isEmpty());
    }
}
