package com.bbangshop.query.live;

import com.bbangshop.query.rebuild.ReadModelRebuild;
import com.bbangshop.query.rebuild.RebuildingQueryGuard;
import com.bbangshop.support.readmodel.ReadSideProperties;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns a subscription query into a Server-Sent Event stream: a {@code snapshot} frame of its initial result, then
 * {@code changes} frames of its updates, coalesced (see {@link Coalescing}). Initial results are asked for as one
 * record (a missing one is an empty result), never as an Optional or a List: Axon Server hands a subscription's
 * initial result over as it was serialized, without converting it, and those would arrive holding untyped maps.
 */
@Component
class LiveSubscriptions {

    private static final Duration SNAPSHOT_TIMEOUT = Duration.ofSeconds(10);

    private final LiveStreams streams;
    private final LiveProperties properties;
    private final ReadModelRebuild rebuild;
    private final Duration catchUp;

    LiveSubscriptions(LiveStreams streams, LiveProperties properties, ReadModelRebuild rebuild,
                      ReadSideProperties readSide) {
        this.streams = streams;
        this.properties = properties;
        this.rebuild = rebuild;
        this.catchUp = readSide.catchUp();
    }

    /** A list or board: the snapshot is what {@code snapshot} makes of the initial result, changes are lists. */
    <I, U> ResponseEntity<SseEmitter> whole(Supplier<SubscriptionQueryResult<I, U>> query,
                                            Function<I, Object> snapshot, Object empty, Function<U, ?> key) {
        SubscriptionQueryResult<I, U> watch = subscribe(query);
        Object current = snapshotOf(watch).map(snapshot).orElse(empty);
        Flux<LiveFrame> changes = coalesced(watch.updates(), key).map(LiveFrame::changes);
        return unbuffered(streams.open(Flux.just(LiveFrame.snapshot(current)).concatWith(changes), watch::close));
    }

    /**
     * One item: the snapshot is the item, each change its latest version. An item just made elsewhere (a reservation
     * answered, a place in line taken) may not be in the read model yet: the stream waits for it, for a bounded time
     * and without holding a server thread, and is 404 with {@code notFound} only if it never came.
     */
    <V> CompletableFuture<ResponseEntity<SseEmitter>> one(Supplier<SubscriptionQueryResult<V, V>> query,
                                                          Function<V, ?> key, String notFound) {
        SubscriptionQueryResult<V, V> watch = subscribe(query);
        return watch.initialResult().timeout(SNAPSHOT_TIMEOUT)
                .switchIfEmpty(Mono.defer(() -> justMade(query.get())))
                .map(current -> {
                    Flux<LiveFrame> changes = coalesced(watch.updates(), key)
                            .map(batch -> LiveFrame.changes(batch.get(batch.size() - 1)));
                    return unbuffered(streams.open(Flux.just(LiveFrame.snapshot(current)).concatWith(changes),
                            watch::close));
                })
                .switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, notFound)))
                .doOnError(failure -> watch.close())
                .toFuture();
    }

    private <I, U> SubscriptionQueryResult<I, U> subscribe(Supplier<SubscriptionQueryResult<I, U>> query) {
        if (rebuild.isRebuilding()) {
            throw RebuildingQueryGuard.refusal();
        }
        return query.get();
    }

    private <V> Mono<V> justMade(SubscriptionQueryResult<V, V> arrival) {
        return arrival.initialResult().concatWith(arrival.updates()).next()
                .timeout(catchUp, Mono.empty())
                .doFinally(signal -> arrival.close());
    }

    /** The initial result, read after the subscription was made so that no update between the two is missed. */
    private static <I, U> Optional<I> snapshotOf(SubscriptionQueryResult<I, U> watch) {
        try {
            return watch.initialResult().blockOptional(SNAPSHOT_TIMEOUT);
        } catch (RuntimeException e) {
            watch.close();
            throw e;
        }
    }

    private <U> Flux<List<U>> coalesced(Flux<U> updates, Function<U, ?> key) {
        return Coalescing.latestPerKey(updates, key, properties.coalesceWindow());
    }

    /** A proxy that buffers responses (nginx does by default) would hold the frames back. */
    private static ResponseEntity<SseEmitter> unbuffered(SseEmitter emitter) {
        return ResponseEntity.ok().header("X-Accel-Buffering", "no").cacheControl(CacheControl.noStore())
                .body(emitter);
    }
}
