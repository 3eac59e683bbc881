package com.bbangshop.bakery.stock;

import com.bbangshop.support.caching.AggregateCaches;
import com.bbangshop.support.readmodel.ReadSideProperties;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A sale hammers one BreadStock: keep it in memory between commands and snapshot it now and then, so that loading
 * it never replays a long history.
 */
@org.springframework.context.annotation.Configuration
@EnableConfigurationProperties({StockProperties.class, ReadSideProperties.class, WaitlistProperties.class})
public class BreadStockConfiguration {

    /** Held strongly: a bread on sale is used by every request, and each reload rereads its last snapshot. */
    @Bean
    public Cache breadStockCache(AggregateCaches caches, StockProperties properties) {
        return breadStockCache(caches, properties.cacheSize());
    }

    Cache breadStockCache(AggregateCaches caches, int size) {
        return caches.boundedTo("breadStockCache", size);
    }

    @Bean
    public SnapshotTriggerDefinition breadStockSnapshotTrigger(
            Snapshotter snapshotter, StockProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshotEvery());
    }

    /** One snapshot at a time, in the background; a snapshot that is late only means a slightly longer load. */
    @Bean(destroyMethod = "shutdown")
    @Qualifier("snapshots")
    ExecutorService snapshots() {
        return Executors.newSingleThreadExecutor(new AxonThreadFactory("snapshots"));
    }

    /**
     * Axon's snapshotter, but on its own thread. Without an executor Axon takes the snapshot in the thread whose
     * commit triggered it, after the commit and before the bread's lock is released: every reservation for that
     * bread would wait for it.
     */
    @Bean
    public SpringAggregateSnapshotter aggregateSnapshotter(Configuration axon, EventStore eventStore,
                                                           TransactionManager transactionManager,
                                                           ParameterResolverFactory parameterResolverFactory,
                                                           HandlerDefinition handlerDefinition,
                                                           SnapshotterSpanFactory spanFactory,
                                                           @Qualifier("snapshots") ExecutorService snapshots) {
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(axon::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .spanFactory(spanFactory)
                .executor(snapshots)
                .build();
    }
}
