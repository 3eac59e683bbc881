package com.bbangshop.runtime.health;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
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
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class CaughtUpEventProcessorsTest {

    private final EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
    private final TokenStore tokens = mock(TokenStore.class);
    private final Map<String, EventProcessor> processors = new HashMap<>();
    private static final Duration CLAIMS_OF_THE_DEAD = Duration.ofSeconds(15);

    private final MutableClock clock = new MutableClock();
    private final Deque<TrackingToken> newestEvents = new ArrayDeque<>(List.of(at(100)));
    private final CaughtUpEventProcessors health = new CaughtUpEventProcessors(() -> processing,
            () -> newestEvents.size() > 1 ? newestEvents.poll() : newestEvents.peek(), // none: a store without events
            CLAIMS_OF_THE_DEAD, clock);

    @BeforeEach
    void theProcessesProcessors() {
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
    void does_not_take_axons_caught_up_flag_which_a_stream_that_has_fetched_nothing_yet_raises() {
        EventTrackerStatus justOpened = segment(40);
        when(justOpened.isCaughtUp()).thenReturn(true);
        processors.put("pages", running(justOpened));

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
        CaughtUpEventProcessors beforeAxonServer = new CaughtUpEventProcessors(() -> processing, () -> {
            if (!reachable.get()) {
                throw new IllegalStateException("no connection to Axon Server");
            }
            return at(100);
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
