package com.bbangshop.bakery.stock;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A sale hammers one BreadStock: keep it in memory between commands and snapshot it now and then, so that loading
 * it never replays a long history.
 */
@Configuration
public class BreadStockConfiguration {

    @Bean
    public Cache breadStockCache() {
        return new WeakReferenceCache();
    }

    @Bean
    public SnapshotTriggerDefinition breadStockSnapshotTrigger(
            Snapshotter snapshotter, @Value("${bbangshop.stock.snapshot-every:500}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
