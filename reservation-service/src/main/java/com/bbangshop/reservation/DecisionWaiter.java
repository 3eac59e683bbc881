package com.bbangshop.reservation;

import com.bbangshop.api.page.FindReservationQuery;
import com.bbangshop.api.page.ReservationView;
import com.bbangshop.api.reservation.ReservationStatus;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Sends a command and waits, for a bounded time, until the reservation's view reaches a wanted status. It subscribes
 * to the reservation before the command leaves, so an update that comes quickly cannot slip past, and it reads the
 * current state again after subscribing, so an update that came before the subscription counts too.
 */
@Component
public class DecisionWaiter {

    private final QueryGateway queryGateway;
    private final Duration timeout;

    public DecisionWaiter(QueryGateway queryGateway,
                          @Value("${bbangshop.reservation.decision-timeout:PT3S}") Duration timeout) {
        this.queryGateway = queryGateway;
        this.timeout = timeout;
    }

    /** Completes with the reservation's view as soon as the read side knows it, empty if not within {@code wait}. */
    public CompletableFuture<Optional<ReservationView>> awaitKnown(String reservationId, Duration wait) {
        return await(reservationId, () -> CompletableFuture.completedFuture(null), status -> true, wait);
    }

    /** Completes with the view once {@code reached} holds, empty if it did not within the timeout. */
    public CompletableFuture<Optional<ReservationView>> sendAndAwait(String reservationId,
                                                                    Supplier<CompletableFuture<?>> command,
                                                                    Predicate<ReservationStatus> reached) {
        return await(reservationId, command, reached, timeout);
    }

    private CompletableFuture<Optional<ReservationView>> await(String reservationId,
                                                               Supplier<CompletableFuture<?>> command,
                                                               Predicate<ReservationStatus> reached,
                                                               Duration wait) {
        // one instance, not optionalInstanceOf: Axon Server does not convert a subscription's initial result
        SubscriptionQueryResult<ReservationView, ReservationView> subscription =
                queryGateway.subscriptionQuery(new FindReservationQuery(reservationId),
                        ResponseTypes.instanceOf(ReservationView.class),
                        ResponseTypes.instanceOf(ReservationView.class));
        Mono<ReservationView> wanted = subscription.initialResult()
                .concatWith(subscription.updates())
                .filter(view -> reached.test(view.status()))
                .next()
                .timeout(wait, Mono.empty())
                .onErrorResume(unreadable -> Mono.empty()); // no read side: the answer is "not yet known"
        return Mono.fromFuture(command)
                .then(wanted)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .doFinally(signal -> subscription.close())
                .toFuture();
    }
}
