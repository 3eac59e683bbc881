package com.bbangshop.query.deadletter;

import com.bbangshop.query.rebuild.ReadModelRebuild;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Retries parked events on its own, so a passing failure (a database hiccup) heals without anyone: every
 * {@code retryEvery}, each letter that has failed fewer than {@code automaticRetries} retries is tried again. Then it
 * stops trying and the letter waits for staff.
 */
@Component
public class DeadLetterRetrier {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRetrier.class);

    private final DeadLetters deadLetters;
    private final ReadModelRebuild rebuild;
    private final DeadLetterProperties properties;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "dead-letter-retrier");
        thread.setDaemon(true);
        return thread;
    });

    public DeadLetterRetrier(DeadLetters deadLetters, ReadModelRebuild rebuild, DeadLetterProperties properties) {
        this.deadLetters = deadLetters;
        this.rebuild = rebuild;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        long every = properties.retryEvery().toMillis();
        timer.scheduleWithFixedDelay(this::retryAll, every, every, TimeUnit.MILLISECONDS);
    }

    void retryAll() {
        if (rebuild.isRebuilding()) {
            return; // the rebuild empties the queues and replays their events anyway
        }
        for (String group : deadLetters.groups()) {
            try {
                RetryOutcome outcome = deadLetters.retryAutomatically(group);
                if (outcome.succeeded() > 0) {
                    log.info("projection {}: {} parked sequence(s) went through on retry, {} left", group,
                            outcome.succeeded(), outcome.sequencesLeft());
                }
            } catch (RuntimeException e) {
                log.warn("projection {}: retrying its dead letters failed; next try in {}", group,
                        properties.retryEvery(), e);
            }
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
