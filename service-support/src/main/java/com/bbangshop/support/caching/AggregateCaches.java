package com.bbangshop.support.caching;

import com.github.benmanes.caffeine.jcache.configuration.CaffeineConfiguration;
import com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.JCacheAdapter;

import javax.cache.CacheManager;
import javax.cache.Caching;
import java.net.URI;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Caches that keep aggregates loaded between commands: Caffeine behind JCache, handed to Axon through its
 * {@link JCacheAdapter}. Each holds its aggregates strongly, up to a number of entries, and drops the least valuable
 * first. Axon's default, a weak-reference cache, loses an aggregate at any garbage collection, which under a flash
 * sale comes every fraction of a second: the aggregate is then loaded again by the very commands the cache was meant
 * to spare.
 * <p>
 * One cache manager per instance (one per application context), closed with it: two contexts in one JVM keep apart
 * caches of the same name.
 */
public class AggregateCaches implements AutoCloseable {

    private final CacheManager manager = Caching.getCachingProvider(CaffeineCachingProvider.class.getName())
            .getCacheManager(URI.create("bbangshop:aggregates:" + UUID.randomUUID()),
                    AggregateCaches.class.getClassLoader());

    /** A new cache for Axon of at most {@code size} aggregates, held by reference (an aggregate is not copied). */
    public Cache boundedTo(String name, long size) {
        return new JCacheAdapter(manager.createCache(name, configuration(name, size)));
    }

    /**
     * The same, but an aggregate untouched for {@code keptIdle} leaves at once. Past its size Caffeine keeps the
     * aggregates used most often, not the newest: aggregates that are used a few times in quick succession and never
     * again would otherwise keep the new ones out.
     */
    public Cache boundedTo(String name, long size, Duration keptIdle) {
        return new JCacheAdapter(manager.createCache(name,
                configuration(name, size).setExpireAfterAccess(OptionalLong.of(keptIdle.toNanos()))));
    }

    private static CaffeineConfiguration<Object, Object> configuration(String name, long size) {
        if (size < 1) {
            throw new IllegalArgumentException("a cache of aggregates holds at least one: " + name + " " + size);
        }
        return new CaffeineConfiguration<>()
                .setStoreByValue(false)
                .setMaximumSize(OptionalLong.of(size));
    }

    @Override
    public void close() {
        manager.close();
    }
}
