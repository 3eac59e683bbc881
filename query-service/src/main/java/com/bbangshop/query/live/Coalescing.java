package com.bbangshop.query.live;

import reactor.core.publisher.Flux;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Bounds the frame rate of a stream: the updates of one window become one batch that keeps, for each item, only its
 * latest version. A burst of a thousand stock changes thus reaches a watcher as a few frames, the last of which holds
 * the final value.
 */
final class Coalescing {

    private Coalescing() {
    }

    static <T> Flux<List<T>> latestPerKey(Flux<T> updates, Function<? super T, ?> key, Duration window) {
        return updates.buffer(window)
                .filter(batch -> !batch.isEmpty())
                .map(batch -> latestPerKey(batch, key));
    }

    static <T> List<T> latestPerKey(List<T> batch, Function<? super T, ?> key) {
        Map<Object, T> latest = new LinkedHashMap<>();
        for (T item : batch) {
            Object itemKey = key.apply(item);
            latest.remove(itemKey); // an item changed again moves to the end, so the batch keeps the order of change
            latest.put(itemKey, item);
        }
        return List.copyOf(latest.values());
    }
}
