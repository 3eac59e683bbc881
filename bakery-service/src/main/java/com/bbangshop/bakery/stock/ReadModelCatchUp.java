package com.bbangshop.bakery.stock;

import com.bbangshop.api.stock.BreadView;
import com.bbangshop.api.stock.FindBreadQuery;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Duration;

/**
 * A bread is reserved through the read model's view of it, so a kiosk that registers a bread and reserves at once
 * would hear "no such bread" while the projection catches up. Registering waits, for a bounded time, until the read
 * side knows the bread; it subscribes before the command leaves so the update cannot slip past.
 */
@Component
public class ReadModelCatchUp {

    private final QueryGateway queryGateway;
    private final Duration timeout;

    public ReadModelCatchUp(QueryGateway queryGateway,
                            @Value("${bbangshop.reservation.decision-timeout:PT3S}") Duration timeout) {
        this.queryGateway = queryGateway;
        this.timeout = timeout;
    }

    /** Runs {@code command}, then waits until the bread is visible; late visibility is not an error. */
    public void runAndAwaitBread(String breadId, Runnable command) {
        // one instance, not optionalInstanceOf: Axon Server does not convert a subscription's initial result
        SubscriptionQueryResult<BreadView, BreadView> subscription = queryGateway.subscriptionQuery(
                new FindBreadQuery(breadId), ResponseTypes.instanceOf(BreadView.class),
                ResponseTypes.instanceOf(BreadView.class));
        try {
            command.run();
            subscription.initialResult()
                    .concatWith(subscription.updates())
                    .next()
                    .timeout(timeout, Mono.empty())
                    .onErrorResume(unreadable -> Mono.empty())
                    .block();
        } finally {
            subscription.close();
        }
    }
}
