package com.bbangshop.reservation;

import com.bbangshop.api.stock.BreadView;
import com.bbangshop.api.stock.FindBreadQuery;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * What a reserve request needs to know of its bread: that it exists, its name, how many loaves one reservation may
 * take and one customer may hold; and staff marking loaves ready, how long they wait. These never change once a bread
 * is registered, so each bread is asked of the read side once rather than on every reserve request, where in a flash
 * sale that query was a large share of the work; a renamed bread's answers name it as it was, and its bakery's
 * refusals as it is. A bread not found is asked again every time: it may just have been registered.
 */
@Component
public class KnownBreads {

    private static final int REMEMBERED = 1_000;

    private final QueryGateway queryGateway;
    /** Past the limit the least used breads are forgotten, in the call that passes it (not later on a pool thread). */
    private final Cache<String, Bread> known = Caffeine.newBuilder()
            .maximumSize(REMEMBERED)
            .executor(Runnable::run)
            .build();

    public KnownBreads(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    public Optional<Bread> find(String breadId) {
        Bread remembered = known.getIfPresent(breadId);
        if (remembered != null) {
            return Optional.of(remembered);
        }
        Optional<Bread> found = queryGateway.query(new FindBreadQuery(breadId),
                        ResponseTypes.optionalInstanceOf(BreadView.class)).join()
                .map(view -> new Bread(view.breadId(), view.breadName(), view.maxPerReservation(),
                        view.maxPerCustomer(), view.pickupWindowMinutes()));
        found.ifPresent(bread -> known.put(bread.breadId(), bread));
        return found;
    }

    /** The parts of a bread that never change; {@code pickupWindowMinutes} null is the shop's default. */
    public record Bread(String breadId, String breadName, int maxPerReservation, int maxPerCustomer,
                        Integer pickupWindowMinutes) {
    }
}
