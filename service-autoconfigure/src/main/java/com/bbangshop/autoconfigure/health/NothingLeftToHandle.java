package com.bbangshop.autoconfigure.health;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.messaging.StreamableMessageSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * Whether the events from a segment's position up to a given one hold nothing the segment handles. Axon Server does
 * not send a processor the events of a type it has ignored once (block listing), so a processor whose last events are
 * of such types stops below the head and, with nothing new to handle, stays there. Reading those events here, on a
 * stream of their own, tells it apart from a segment whose stream merely had nothing at hand yet: the next event such
 * a segment is still to read is one it handles.
 */
final class NothingLeftToHandle {

    private final Clock clock;

    NothingLeftToHandle(Clock clock) {
        this.clock = clock;
    }

    /** False, too, when the events do not reach {@code head} by {@code deadline}: it cannot tell yet. */
    boolean upTo(long head, EventTrackerStatus segment, EventHandlerInvoker handlers,
                 StreamableMessageSource<TrackedEventMessage<?>> events, Instant deadline) throws Exception {
        try (BlockingStream<TrackedEventMessage<?>> stream =
                     events.openStream(WrappedToken.unwrapLowerBound(segment.getTrackingToken()))) {
            for (long left = millisTo(deadline); left > 0; left = millisTo(deadline)) {
                if (!stream.hasNextAvailable((int) left, TimeUnit.MILLISECONDS)) {
                    return false;
                }
                TrackedEventMessage<?> event = stream.nextAvailable();
                if (handlers.canHandle(event, segment.getSegment())) {
                    return false;
                }
                OptionalLong position = event.trackingToken().position();
                if (position.isPresent() && position.getAsLong() >= head) {
                    return true;
                }
            }
            return false;
        }
    }

    private long millisTo(Instant deadline) {
        return Math.min(Integer.MAX_VALUE, Duration.between(clock.instant(), deadline).toMillis());
    }
}
