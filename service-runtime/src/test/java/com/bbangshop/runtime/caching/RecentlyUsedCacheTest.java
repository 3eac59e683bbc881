package com.bbangshop.runtime.caching;

import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecentlyUsedCacheTest {

    private final RecentlyUsedCache cache = new RecentlyUsedCache(2);

    @Test
    void keepsWhatWasPutUntilItIsRemoved() {
        cache.put("r1", "placed");
        assertThat(cache.<String, String>get("r1")).isEqualTo("placed");
        assertThat(cache.remove("r1")).isTrue();
        assertThat(cache.containsKey("r1")).isFalse();
        assertThat(cache.remove("r1")).isFalse();
    }

    @Test
    void dropsTheLeastRecentlyUsedEntryWhenFull() {
        cache.put("r1", "a");
        cache.put("r2", "b");
        cache.get("r1");
        cache.put("r3", "c");
        assertThat(cache.containsKey("r1")).isTrue();
        assertThat(cache.containsKey("r2")).isFalse();
        assertThat(cache.containsKey("r3")).isTrue();
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void putIfAbsentLeavesAnExistingEntryAlone() {
        cache.put("r1", "a");
        assertThat(cache.putIfAbsent("r1", "b")).isFalse();
        assertThat(cache.putIfAbsent("r2", "b")).isTrue();
        assertThat(cache.<String, String>get("r1")).isEqualTo("a");
    }

    @Test
    void tellsItsListenersWhatHappened() {
        List<String> heard = new ArrayList<>();
        cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryCreated(Object key, Object value) {
                heard.add("created " + key);
            }

            @Override
            public void onEntryUpdated(Object key, Object value) {
                heard.add("updated " + key);
            }

            @Override
            public void onEntryExpired(Object key) {
                heard.add("expired " + key);
            }

            @Override
            public void onEntryRemoved(Object key) {
                heard.add("removed " + key);
            }
        });
        cache.put("r1", "a");
        cache.put("r1", "b");
        cache.put("r2", "c");
        cache.put("r3", "d");
        cache.removeAll();
        assertThat(heard).containsExactly("created r1", "updated r1", "created r2", "expired r1", "created r3",
                "removed r2", "removed r3");
    }

    @Test
    void refusesANonPositiveCapacity() {
        assertThatThrownBy(() -> new RecentlyUsedCache(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
