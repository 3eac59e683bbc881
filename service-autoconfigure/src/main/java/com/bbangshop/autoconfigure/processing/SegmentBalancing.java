package com.bbangshop.autoconfigure.processing;

import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Asks Axon Server every so often to spread each processor's segments over the replicas, by the strategy configured
 * for it. Axon asks once, as a replica starts, and that request can reach Axon Server before the replica's processors
 * have told it their threads: the new replica then idles while another holds every segment. Axon Server SE does not
 * balance on its own (that is an Enterprise feature); asked when the segments are spread already, it moves nothing.
 */
final class SegmentBalancing implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancing.class);

    private final AxonServerConnectionManager axonServer;
    private final Supplier<EventProcessingConfiguration> processing;
    private final Map<String, String> strategies;
    private final Duration every;
    private ScheduledExecutorService asker;

    SegmentBalancing(AxonServerConnectionManager axonServer, Supplier<EventProcessingConfiguration> processing,
                     Map<String, String> strategies, Duration every) {
        this.axonServer = axonServer;
        this.processing = processing;
        this.strategies = Map.copyOf(strategies);
        this.every = every;
    }

    void balance() {
        EventProcessingConfiguration processors = processing.get();
        strategies.forEach((name, strategy) -> {
            if (processors.eventProcessor(name).isEmpty()) {
                return;
            }
            try {
                TokenStore tokens = processors.tokenStore(name);
                Optional<String> tokenStore = processors.transactionManager(name)
                        .fetchInTransaction(tokens::retrieveStorageIdentifier);
                tokenStore.ifPresent(identifier -> axonServer.getConnection().adminChannel()
                        .loadBalanceEventProcessor(name, identifier, strategy)
                        .whenComplete((done, failed) -> {
                            if (failed != null) {
                                log.debug("asking Axon Server to balance {} failed: {}", name, failed.toString());
                            }
                        }));
            } catch (RuntimeException unreachable) {
                // the token store or Axon Server is not there right now: asked again next time
                log.debug("could not ask Axon Server to balance {}: {}", name, unreachable.toString());
            }
        });
    }

    @Override
    public void start() {
        asker = Executors.newSingleThreadScheduledExecutor(new AxonThreadFactory("segment-balancing"));
        asker.scheduleWithFixedDelay(this::balance, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        asker.shutdownNow();
        asker = null;
    }

    @Override
    public boolean isRunning() {
        return asker != null;
    }
}
