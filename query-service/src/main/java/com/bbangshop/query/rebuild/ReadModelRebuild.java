package com.bbangshop.query.rebuild;

import com.bbangshop.query.ProjectionConfiguration;
import jakarta.annotation.PreDestroy;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Rebuilds the read model from the event store: stops the projections' processors, resets their tokens (each
 * projection's reset handler empties its tables), starts them again and reports "rebuilding" until every one of them
 * has replayed up to the head of the event store. Only this instance's processors are reset: with the services apart,
 * run a single query-service while rebuilding.
 */
@Service
public class ReadModelRebuild {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);
    private static final Duration PROGRESS_POLL = Duration.ofMillis(100);

    private final EventProcessingConfiguration processing;
    private final TransactionManager transactionManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AtomicReference<RebuildStatus> status = new AtomicReference<>(RebuildStatus.neverRebuilt());
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "read-model-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    public ReadModelRebuild(EventProcessingConfiguration processing, TransactionManager transactionManager,
                            ApplicationEventPublisher events) {
        this.processing = processing;
        this.transactionManager = transactionManager;
        this.events = events;
        this.clock = Clock.systemUTC();
    }

    public boolean isRebuilding() {
        return status.get().rebuilding();
    }

    /** The last known status, with the processors' progress read now. */
    public RebuildStatus status() {
        RebuildStatus current = status.get();
        return new RebuildStatus(current.state(), current.startedAt(), current.finishedAt(), current.failure(),
                progress());
    }

    /** Starts a rebuild and returns at once; a rebuild already running is refused. */
    public RebuildStatus start() {
        RebuildStatus previous = status.get();
        RebuildStatus started = new RebuildStatus(RebuildStatus.State.REBUILDING, clock.instant(), null, null,
                List.of());
        if (previous.rebuilding() || !status.compareAndSet(previous, started)) {
            throw new RebuildAlreadyRunningException(status.get().startedAt());
        }
        events.publishEvent(new ReadModelRebuildStarted(started.startedAt()));
        worker.execute(this::rebuild);
        return status();
    }

    private void rebuild() {
        List<StreamingEventProcessor> processors = processors();
        String failure = null;
        try {
            CompletableFuture.allOf(processors.stream().map(StreamingEventProcessor::shutdownAsync)
                    .toArray(CompletableFuture[]::new)).join();
            processors.forEach(StreamingEventProcessor::resetTokens);
        } catch (RuntimeException e) {
            log.error("could not reset the read model; its projections go on with what they had", e);
            failure = e.toString();
        } finally {
            processors.forEach(StreamingEventProcessor::start);
        }
        try {
            while (failure == null && !progress().stream().allMatch(ProcessorProgress::done)) {
                Thread.sleep(PROGRESS_POLL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        RebuildStatus current = status.get();
        status.set(new RebuildStatus(RebuildStatus.State.READY, current.startedAt(), clock.instant(), failure,
                List.of()));
        log.info("read model rebuilt in {} ms", Duration.between(current.startedAt(), clock.instant()).toMillis());
    }

    private List<StreamingEventProcessor> processors() {
        return Arrays.stream(ProjectionConfiguration.PROCESSING_GROUPS)
                .map(name -> processing.eventProcessor(name, StreamingEventProcessor.class)
                        .orElseThrow(() -> new IllegalStateException("no streaming processor named " + name)))
                .toList();
    }

    private List<ProcessorProgress> progress() {
        return processors().stream().map(this::progressOf).toList();
    }

    private ProcessorProgress progressOf(StreamingEventProcessor processor) {
        TokenStore tokenStore = processing.tokenStore(processor.getName());
        int segments = transactionManager.fetchInTransaction(
                () -> tokenStore.fetchSegments(processor.getName()).length);
        var statuses = processor.processingStatus().values();
        String error = statuses.stream().filter(EventTrackerStatus::isErrorState).findFirst()
                .map(s -> String.valueOf(s.getError())).orElse(null);
        return new ProcessorProgress(processor.getName(), processor.isRunning(), segments, statuses.size(),
                statuses.stream().anyMatch(EventTrackerStatus::isReplaying),
                !statuses.isEmpty() && statuses.stream().allMatch(EventTrackerStatus::isCaughtUp), error);
    }

    @PreDestroy
    void stopWaiting() {
        worker.shutdownNow();
    }
}
