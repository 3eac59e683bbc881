package com.bbangshop.autoconfigure.health;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Ready only once every event processor of the process has read the events up to the newest one there was when
 * readiness was first asked. A killed process loses the read model's last writes (H2 writes them up to 500 ms late)
 * and its processors read those events again on start: until then a bread registered just before the kill is
 * unknown to the read side, and a reserve request for it would hear 404. Once caught up the process stays ready:
 * falling behind in a sale is lag, which {@code eventProcessor.latency} shows, not a reason to take the process out of
 * service. A processor whose segments are all claimed by other instances is theirs to catch up, but only once a killed
 * predecessor's claims would have run out: until then they may be its, with the read model it left behind.
 * <p>
 * A segment counts as having read them when its position is there, or when Axon calls it caught up and the events
 * from its position to there are none it handles ({@link NothingLeftToHandle}): Axon Server does not send a processor
 * the types it ignores, so one whose last events are such never reaches that position. Axon's flag alone is not
 * enough: a processor raises it when its stream has nothing at hand, which right after the start can be before the
 * stream has fetched anything.
 */
public class ProcessorsCaughtUpHealthIndicator implements HealthIndicator {

    /** How long one ask may spend reading events after a caught-up segment: well within a probe's timeout. */
    static final Duration READING_PER_ASK = Duration.ofMillis(500);

    private final Supplier<EventProcessingConfiguration> processing;
    private final Supplier<StreamableMessageSource<TrackedEventMessage<?>>> events;
    private final Clock clock;
    private final Instant started;
    private final Duration claimsOfTheDead;
    private final NothingLeftToHandle nothingLeft;
    private volatile OptionalLong newestAtFirstAsk;
    private volatile boolean caughtUp;

    public ProcessorsCaughtUpHealthIndicator(Supplier<EventProcessingConfiguration> processing,
                                   Supplier<StreamableMessageSource<TrackedEventMessage<?>>> events,
                                   Duration claimsOfTheDead, Clock clock) {
        this.processing = processing;
        this.events = events;
        this.claimsOfTheDead = claimsOfTheDead;
        this.clock = clock;
        this.started = clock.instant();
        this.nothingLeft = new NothingLeftToHandle(clock);
    }

    @Override
    public Health health() {
        if (caughtUp) {
            return Health.up().build();
        }
        try {
            return whetherCaughtUp();
        } catch (Exception unreachable) {
            // the events or the tokens cannot be reached (Axon Server not there yet): not ready, and no error page
            return Health.down(unreachable).build();
        }
    }

    private Health whetherCaughtUp() throws Exception {
        if (newestAtFirstAsk == null) {
            TrackingToken head = events.get().createHeadToken();
            newestAtFirstAsk = head == null ? OptionalLong.empty() : head.position();
        }
        Instant readUntil = clock.instant().plus(READING_PER_ASK);
        Map<String, String> behind = new TreeMap<>();
        for (Map.Entry<String, EventProcessor> named : processing.get().eventProcessors().entrySet()) {
            if (named.getValue() instanceof StreamingEventProcessor streaming) {
                whyBehind(named.getKey(), streaming, readUntil).ifPresent(why -> behind.put(named.getKey(), why));
            }
        }
        if (!behind.isEmpty()) {
            return Health.outOfService().withDetails(behind).build();
        }
        caughtUp = true;
        return Health.up().build();
    }

    private Optional<String> whyBehind(String name, StreamingEventProcessor processor, Instant readUntil)
            throws Exception {
        if (!processor.isRunning()) {
            return Optional.of("not running");
        }
        Collection<EventTrackerStatus> claimed = processor.processingStatus().values();
        if (claimed.isEmpty()) {
            return claimedElsewhere(name) ? Optional.empty() : Optional.of("no segment claimed yet");
        }
        int reading = 0;
        for (EventTrackerStatus segment : claimed) {
            reading += hasRead(segment, processor, readUntil) ? 0 : 1;
        }
        return reading == 0 ? Optional.empty() : Optional.of(
                reading + " of " + claimed.size() + " segments still reading the events before the start");
    }

    private boolean hasRead(EventTrackerStatus segment, StreamingEventProcessor processor, Instant readUntil)
            throws Exception {
        if (newestAtFirstAsk.isEmpty()) {
            return true; // there were no events
        }
        long head = newestAtFirstAsk.getAsLong();
        OptionalLong position = segment.getCurrentPosition();
        if (position.isPresent() && position.getAsLong() >= head) {
            return true;
        }
        return segment.isCaughtUp() && processor instanceof AbstractEventProcessor handling
                && nothingLeft.upTo(head, segment, handling.eventHandlerInvoker(), events.get(), readUntil);
    }

    /** Every segment is there and claimed by another instance (a store of one process calls them all available). */
    private boolean claimedElsewhere(String name) {
        if (Duration.between(started, clock.instant()).compareTo(claimsOfTheDead) < 0) {
            return false;
        }
        EventProcessingConfiguration configuration = processing.get();
        TokenStore tokens = configuration.tokenStore(name);
        return configuration.transactionManager(name).fetchInTransaction(
                () -> tokens.fetchSegments(name).length > 0 && tokens.fetchAvailableSegments(name).isEmpty());
    }
}
