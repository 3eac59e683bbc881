package com.bbangshop.runtime.health;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class CaughtUpEventProcessorsTest {

    private final EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
    private final TokenStore tokens = mock(TokenStore.class);
    private final Map<String, EventProcessor> processors = new HashMap<>();
    private final CaughtUpEventProcessors health = new CaughtUpEventProcessors(() -> processing);

    @BeforeEach
    void theProcessesProcessors() {
        when(processing.eventProcessors()).thenReturn(processors);
        when(processing.tokenStore("pages")).thenReturn(tokens);
        when(processing.transactionManager("pages")).thenReturn(NoTransactionManager.INSTANCE);
    }

    @Test
    void is_out_of_service_while_a_processor_still_reads_the_events_it_missed() {
        processors.put("pages", running(segment(true), segment(false)));
        processors.put("breads", running(segment(true)));

        Health answer = health.health();

        assertThat(answer.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(answer.getDetails()).containsOnly(Map.entry("pages", "1 of 2 segments still reading the events"));
    }

    @Test
    void is_up_once_every_processor_has_caught_up_and_stays_up_when_a_sale_puts_one_behind() {
        StreamingEventProcessor pages = running(segment(true));
        processors.put("pages", pages);
        processors.put("breads", running(segment(true)));
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);

        Map<Integer, EventTrackerStatus> behind = Map.of(0, segment(false));
        when(pages.processingStatus()).thenReturn(behind);

        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void is_out_of_service_while_a_processor_is_not_running() {
        StreamingEventProcessor stopped = running(segment(true));
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

        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
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

    private static EventTrackerStatus segment(boolean caughtUp) {
        EventTrackerStatus status = mock(EventTrackerStatus.class);
        when(status.isCaughtUp()).thenReturn(caughtUp);
        return status;
    }
}
