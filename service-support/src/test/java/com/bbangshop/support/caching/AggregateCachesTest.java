package com.bbangshop.support.caching;

import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AggregateCachesTest {

    private final AggregateCaches caches = new AggregateCaches();

    @AfterEach
    void close() {
        caches.close();
    }

    @Test
    void aCacheKeepsWhatItIsGivenByReferenceThroughGarbageCollections() {
        Cache cache = caches.boundedTo("aggregates", 10);
        Object aggregate = new Object();
        cache.put("a-1", aggregate);

        System.gc();

        assertThat(cache.<String, Object>get("a-1")).isSameAs(aggregate);
    }

    @Test
    void aCacheHoldsNoMoreThanItsSize() throws InterruptedException {
        Cache cache = caches.boundedTo("aggregates", 10);
        IntStream.range(0, 1_000).forEach(i -> cache.put("a-" + i, new Object()));

        // the cache evicts in the background, soon after the puts that passed its size
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (held(cache) > 10 && Instant.now().isBefore(deadline)) {
            Thread.sleep(10);
        }

        assertThat(held(cache)).isBetween(1L, 10L);
    }

    @Test
    void anAggregateUntouchedForItsIdleTimeLeavesWhileOneInUseStays() throws InterruptedException {
        Cache cache = caches.boundedTo("aggregates", 10, Duration.ofMillis(300));
        cache.put("idle", new Object());
        cache.put("in-use", new Object());

        Instant until = Instant.now().plus(Duration.ofMillis(900));
        while (Instant.now().isBefore(until)) {
            assertThat(cache.containsKey("in-use")).isTrue();
            cache.get("in-use");
            Thread.sleep(50);
        }

        assertThat(cache.containsKey("idle")).isFalse();
        assertThat(cache.containsKey("in-use")).isTrue();
    }

    @Test
    void anEntryCanBeRemovedAndAddedOnlyIfAbsent() {
        Cache cache = caches.boundedTo("aggregates", 10);

        assertThat(cache.putIfAbsent("a-1", "first")).isTrue();
        assertThat(cache.putIfAbsent("a-1", "second")).isFalse();
        assertThat(cache.<String, String>get("a-1")).isEqualTo("first");
        assertThat(cache.remove("a-1")).isTrue();
        assertThat(cache.containsKey("a-1")).isFalse();
    }

    @Test
    void twoSetsOfCachesInOneProcessKeepCachesOfTheSameNameApart() {
        try (AggregateCaches others = new AggregateCaches()) {
            Cache mine = caches.boundedTo("aggregates", 10);
            Cache theirs = others.boundedTo("aggregates", 10);
            mine.put("a-1", "mine");

            assertThat(theirs.containsKey("a-1")).isFalse();
        }
    }

    @Test
    void aCacheHoldsAtLeastOne() {
        assertThatThrownBy(() -> caches.boundedTo("aggregates", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> caches.boundedTo("aggregates", 0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static long held(Cache cache) {
        return IntStream.range(0, 1_000).filter(i -> cache.containsKey("a-" + i)).count();
    }
}
