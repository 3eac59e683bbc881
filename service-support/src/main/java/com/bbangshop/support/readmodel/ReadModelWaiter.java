package com.bbangshop.support.readmodel;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits, for a bounded time, until the read model shows what a command did: a view the query answers that passes a
 * test. It subscribes to the query before the command leaves, so an update that comes quickly cannot slip past, and
 * reads the current view after the command, so a change made before the subscription counts too. Not seeing it in
 * time, or a read side that cannot answer, gives an empty answer, never an error: only the command can fail.
 */
public final class ReadModelWaiter {

    private final QueryGateway queryGateway;

    public ReadModelWaiter(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** Completes with the first view that {@code shows}, empty if none within {@code wait}. */
    public <V> CompletableFuture<Optional<V>> await(Object query, Class<V> viewType, Predicate<? super V> shows,
                                                    Duration wait) {
        return sendAndAwait(query, viewType, () -> CompletableFuture.completedFuture(null), shows, wait);
    }

    /** Sends the command, then waits as {@link #await} does; completes exceptionally if the command fails. */
    public <V> CompletableFuture<Optional<V>> sendAndAwait(Object query, Class<V> viewType,
                                                           Supplier<CompletableFuture<?>> command,
                                                           Predicate<? super V> shows, Duration wait) {
        SubscriptionQueryResult<V, V> subscription = subscribe(query, viewType);
        return Mono.fromFuture(command)
                .then(firstShowing(subscription, shows, wait))
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .doFinally(signal -> subscription.close())
                .toFuture();
    }

    /** Runs the command on this thread (what it throws is thrown as it is), then waits there as {@link #await} does. */
    public <V> Optional<V> runAndAwait(Object query, Class<V> viewType, Runnable command, Predicate<? super V> shows,
                                       Duration wait) {
        SubscriptionQueryResult<V, V> subscription = subscribe(query, viewType);
        try {
            command.run();
            return firstShowing(subscription, shows, wait).blockOptional();
        } finally {
            subscription.close();
        }
    }

    private <V> SubscriptionQueryResult<V, V> subscribe(Object query, Class<V> viewType) {
        // one instance, not optionalInstanceOf: Axon Server does not convert a subscription's initial result
        return queryGateway.subscriptionQuery(query, ResponseTypes.instanceOf(viewType),
                ResponseTypes.instanceOf(viewType));
    }

    private static <V> Mono<V> firstShowing(SubscriptionQueryResult<V, V> subscription, Predicate<? super V> shows,
                                            Duration wait) {
        return subscription.initialResult()
                .concatWith(subscription.updates())
                .filter(shows)
                .next()
                .timeout(wait, Mono.empty())
                .onErrorResume(unreadable -> Mono.empty());
    }
}
