package com.bbangshop.autoconfigure.health;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class ProcessorsCaughtUpHealthIndicatorTest {

    private final EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
    private final TokenStore tokens = mock(TokenStore.class);
    private final Map<String, EventProcessor> processors = new HashMap<>();
    private static final Duration CLAIMS_OF_THE_DEAD = Duration.ofSeconds(15);

    private final MutableClock clock = new MutableClock();
    private final Deque<TrackingToken> newestEvents = new ArrayDeque<>(List.of(at(100)));
    @SuppressWarnings("unchecked")
    private final StreamableMessageSource<TrackedEventMessage<?>> events = mock(StreamableMessageSource.class);
    private final ProcessorsCaughtUpHealthIndicator health = new ProcessorsCaughtUpHealthIndicator(() -> processing, () -> events,
            CLAIMS_OF_THE_DEAD, clock);

    @BeforeEach
    void theProcessesProcessors() {
        // none: a store without events
        when(events.createHeadToken()).thenAnswer(ask -> newestEvents.size() > 1 ? newestEvents.poll()
                : newestEvents.peek());
        when(processing.eventProcessors()).thenReturn(processors);
        when(processing.tokenStore("pages")).thenReturn(tokens);
        when(processing.transactionManager("pages")).thenReturn(NoTransactionManager.INSTANCE);
    }

    @Test
    void is_out_of_service_while_a_processor_still_reads_the_events_it_missed() {
        processors.put("pages", running(segment(100), segment(60)));
        processors.put("breads", running(segment(100)));

        Health answer = health.health();

        assertThat(answer.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(answer.getDetails()).containsOnly(
                Map.entry("pages", "1 of 2 segments still reading the events before the start"));
    }

    @Test
    void does_not_take_axons_caught_up_flag_which_a_stream_that_has_fetched_nothing_yet_raises() throws Exception {
        EventTrackerStatus justOpened = caughtUp(segment(40));
        processors.put("pages", handling(Set.of(String.class), justOpened));
        when(events.openStream(at(40))).thenAnswer(open -> stream(event(41, 7), event(42, "handled"), event(100, 8)));

        assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
    }

    @Test
    void takes_axons_caught_up_flag_once_the_events_up_to_the_newest_are_none_the_segment_handles() throws Exception {
        EventTrackerStatus ignoresTheRest = caughtUp(segment(40));
        processors.put("breads", handling(Set.of(String.class), ignoresTheRest));
        when(events.openStream(at(40))).thenAnswer(open -> stream(event(41, 7), event(77, 8), event(100, 9),
                event(101, "after the first ask")));

        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void does_not_read_the_events_after_a_segment_that_axon_does_not_call_caught_up() throws Exception {
        processors.put("breads", handling(Set.of(String.class), segment(40)));

        assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        verify(events, never()).openStream(any());
    }

    @Test
    void cannot_tell_yet_while_the_events_up_to_the_newest_have_not_all_come() throws Exception {
        processors.put("breads", handling(Set.of(String.class), caughtUp(segment(40))));
        when(events.openStream(at(40))).thenAnswer(open -> stream(event(41, 7)));

        assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
    }

    @Test
    void waits_for_the_events_there_were_when_readiness_was_first_asked_not_for_those_since() {
        newestEvents.add(at(200));
        StreamingEventProcessor pages = running(segment(50));
        processors.put("pages", pages);
        assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

        Map<Integer, EventTrackerStatus> readUpTo100 = Map.of(0, segment(100));
        when(pages.processingStatus()).thenReturn(readUpTo100);

        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void is_down_rather_than_failing_while_the_events_cannot_be_reached_and_asks_again_next_time() {
        AtomicBoolean reachable = new AtomicBoolean();
        ProcessorsCaughtUpHealthIndicator beforeAxonServer = new ProcessorsCaughtUpHealthIndicator(() -> processing, () -> {
            if (!reachable.get()) {
                throw new IllegalStateException("no connection to Axon Server");
            }
            return events;
        }, CLAIMS_OF_THE_DEAD, clock);
        processors.put("pages", running(segment(100)));

        assertThat(beforeAxonServer.health().getStatus()).isEqualTo(Status.DOWN);
        reachable.set(true);
        assertThat(beforeAxonServer.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void is_up_at_once_on_a_store_without_events() {
        newestEvents.clear();
        processors.put("pages", running(mock(EventTrackerStatus.class)));

        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void is_up_once_every_processor_has_caught_up_and_stays_up_when_a_sale_puts_one_behind() {
        StreamingEventProcessor pages = running(segment(100));
        processors.put("pages", pages);
        processors.put("breads", running(segment(120)));
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);

        Map<Integer, EventTrackerStatus> behind = Map.of(0, segment(90));
        when(pages.processingStatus()).thenReturn(behind);

        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void is_out_of_service_while_a_processor_is_not_running() {
        StreamingEventProcessor stopped = running(segment(100));
        when(stopped.isRunning()).thenReturn(false);
        processors.put("pages", stopped);

        assertThat(health.health().getDetails()).containsOnly(Map.entry("pages", "not running"));
    }

    @Test
    void is_out_of_service_while_a_processor_has_not_claimed_the_segments_it_could() {
        processors.put("pages", running());
        when(tokens.fetchSegments("pages")).thenReturn(new int[]{0});
        when(tokens.fetchAvailableSegments("pages")).thenReturn(List.of(Segment.ROOT_SEGMENT));

        assertThat(health.health().getDetails()).containsOnly(Map.entry("pages", "no segment claimed yet"));
    }

    @Test
    void counts_a_processor_whose_segments_other_instances_hold_as_theirs_to_catch_up() {
        processors.put("pages", running());
        when(tokens.fetchSegments("pages")).thenReturn(new int[]{0});
        when(tokens.fetchAvailableSegments("pages")).thenReturn(List.of());
        clock.advance(CLAIMS_OF_THE_DEAD);

        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void does_not_take_claims_held_elsewhere_for_others_work_while_a_killed_predecessor_may_still_hold_them() {
        processors.put("pages", running());
        when(tokens.fetchSegments("pages")).thenReturn(new int[]{0});
        when(tokens.fetchAvailableSegments("pages")).thenReturn(List.of());
        clock.advance(CLAIMS_OF_THE_DEAD.minusSeconds(1));

        assertThat(health.health().getDetails()).containsOnly(Map.entry("pages", "no segment claimed yet"));
    }

    @Test
    void is_out_of_service_before_a_new_processor_has_made_its_segments() {
        processors.put("pages", running());
        when(tokens.fetchSegments("pages")).thenReturn(new int[0]);
        when(tokens.fetchAvailableSegments("pages")).thenReturn(List.of());

        assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
    }

    @Test
    void leaves_processors_that_handle_events_as_they_are_published_out() {
        processors.put("notifications", mock(SubscribingEventProcessor.class));

        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    /** A tracking processor whose handlers take events of the given payload types, in any segment. */
    private static TrackingEventProcessor handling(Set<Class<?>> payloadTypes, EventTrackerStatus... segments)
            throws Exception {
        TrackingEventProcessor processor = mock(TrackingEventProcessor.class);
        when(processor.isRunning()).thenReturn(true);
        Map<Integer, EventTrackerStatus> status = new HashMap<>();
        for (int i = 0; i < segments.length; i++) {
            status.put(i, segments[i]);
            when(segments[i].getSegment()).thenReturn(Segment.ROOT_SEGMENT);
        }
        when(processor.processingStatus()).thenReturn(status);
        EventHandlerInvoker handlers = mock(EventHandlerInvoker.class);
        when(handlers.canHandle(any(), any())).thenAnswer(
                ask -> payloadTypes.contains(((EventMessage<?>) ask.getArgument(0)).getPayloadType()));
        when(processor.eventHandlerInvoker()).thenReturn(handlers);
        return processor;
    }

    private static EventTrackerStatus caughtUp(EventTrackerStatus segment) {
        TrackingToken position = at(segment.getCurrentPosition().getAsLong());
        when(segment.isCaughtUp()).thenReturn(true);
        when(segment.getTrackingToken()).thenReturn(position);
        return segment;
    }

    private static TrackedEventMessage<?> event(long position, Object payload) {
        return new GenericTrackedEventMessage<>(at(position), GenericEventMessage.asEventMessage(payload));
    }

    private static BlockingStream<TrackedEventMessage<?>> stream(TrackedEventMessage<?>... events) {
        Deque<TrackedEventMessage<?>> left = new ArrayDeque<>(List.of(events));
        return new BlockingStream<>() {
            @Override
            public Optional<TrackedEventMessage<?>> peek() {
                return Optional.ofNullable(left.peek());
            }

            @Override
            public boolean hasNextAvailable(int timeout, TimeUnit unit) {
                return !left.isEmpty();
            }

            @Override
            public TrackedEventMessage<?> nextAvailable() {
                return left.remove();
            }

            @Override
            public void close() {
            }
        };
    }

    private static StreamingEventProcessor running(EventTrackerStatus... segments) {
        StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
        when(processor.isRunning()).thenReturn(true);
        Map<Integer, EventTrackerStatus> status = new HashMap<>();
        for (int i = 0; i < segments.length; i++) {
            status.put(i, segments[i]);
        }
        when(processor.processingStatus()).thenReturn(status);
        return processor;
    }

    private static EventTrackerStatus segment(long position) {
        EventTrackerStatus status = mock(EventTrackerStatus.class);
        when(status.getCurrentPosition()).thenReturn(OptionalLong.of(position));
        return status;
    }

    private static TrackingToken at(long position) {
        return new GlobalSequenceTrackingToken(position);
    }

    private static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-11-22T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
