package com.bbangshop.reservation;

import com.bbangshop.api.stock.BreadView;
import com.bbangshop.api.stock.FindBreadQuery;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a reserve request needs to know of its bread: that it exists, its name, and how many loaves one reservation
 * may take. None of that changes once a bread is registered, so each bread is asked of the read side once rather than
 * on every reserve request (in a flash sale that query was a tenth of the request's work). A bread not found is asked
 * again every time: it may just have been registered.
 */
@Component
public class KnownBreads {

    private static final int REMEMBERED = 1_000;

    private final QueryGateway queryGateway;
    // read by every reserve request at once: a map without a lock, rather than a cache that takes one per read
    private final Map<String, Bread> known = new ConcurrentHashMap<>();

    public KnownBreads(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    public Optional<Bread> find(String breadId) {
        Bread remembered = known.get(breadId);
        if (remembered != null) {
            return Optional.of(remembered);
        }
        Optional<Bread> found = queryGateway.query(new FindBreadQuery(breadId),
                        ResponseTypes.optionalInstanceOf(BreadView.class)).join()
                .map(view -> new Bread(view.breadId(), view.breadName(), view.maxPerReservation()));
        found.ifPresent(this::remember);
        return found;
    }

    /** Past the limit some other bread is forgotten; it is only asked of the read side again when next needed. */
    private void remember(Bread bread) {
        if (known.size() >= REMEMBERED) {
            known.keySet().stream().findAny().ifPresent(known::remove);
        }
        known.put(bread.breadId(), bread);
    }

    /** The parts of a bread that never change. */
    public record Bread(String breadId, String breadName, int maxPerReservation) {
    }
}
