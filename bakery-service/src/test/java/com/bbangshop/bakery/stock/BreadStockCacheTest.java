package com.bbangshop.bakery.stock;

import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A bread on sale stays loaded: reloading it rereads a snapshot of every decision it has made. */
class BreadStockCacheTest {

    @Test
    void aBreadStaysLoadedThroughGarbageCollections() {
        Cache cache = new BreadStockConfiguration().breadStockCache(100);
        cache.put("bread-1", new Object()); // held by the cache alone, as a bread is between two commands

        for (int i = 0; i < 3; i++) {
            System.gc();
        }

        assertThat(cache.containsKey("bread-1")).isTrue();
    }

    @Test
    void theLeastRecentlyUsedBreadGoesFirstWhenTheCacheIsFull() {
        Cache cache = new BreadStockConfiguration().breadStockCache(2);
        cache.put("bread-1", new Object());
        cache.put("bread-2", new Object());
        cache.get("bread-1");

        cache.put("bread-3", new Object());

        assertThat(cache.containsKey("bread-1")).isTrue();
        assertThat(cache.containsKey("bread-2")).isFalse();
        assertThat(cache.containsKey("bread-3")).isTrue();
    }
}
