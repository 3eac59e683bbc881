package com.bbangshop.bakery.stock;

import com.bbangshop.support.caching.AggregateCaches;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A bread on sale stays loaded: reloading it rereads its last snapshot and the events since. */
class BreadStockCacheTest {

    private final AggregateCaches caches = new AggregateCaches();
    private final Cache cache = new BreadStockConfiguration().breadStockCache(caches, 100);

    @AfterEach
    void close() {
        caches.close();
    }

    @Test
    void aBreadStaysLoadedThroughGarbageCollections() {
        cache.put("bread-1", new Object()); // held by the cache alone, as a bread is between two commands

        for (int i = 0; i < 3; i++) {
            System.gc();
        }

        assertThat(cache.containsKey("bread-1")).isTrue();
    }

    @Test
    void theBreadLoadedIsTheVeryInstanceKeptNotACopy() {
        Object bread = new Object();
        cache.put("bread-1", bread);

        assertThat(cache.<String, Object>get("bread-1")).isSameAs(bread);
    }
}
