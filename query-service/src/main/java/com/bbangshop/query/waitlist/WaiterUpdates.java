package com.bbangshop.query.waitlist;

import com.bbangshop.api.waitlist.FindWaiterQuery;
import com.bbangshop.api.waitlist.WaiterView;
import com.bbangshop.query.live.LiveUpdates;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Pushes waiters' cards to their watchers: a waiter's own change, and, when a line moves (someone ahead left it or
 * was offered a loaf), the new position of every watched waiter behind them, read once per bread and batch.
 */
@Component
class WaiterUpdates {

    private static final String MOVED = WaiterUpdates.class.getName() + ".moved";

    private final WaiterViews views;
    private final LiveUpdates live;

    WaiterUpdates(WaiterViews views, LiveUpdates live) {
        this.views = views;
        this.live = live;
    }

    void changed(String waiterId) {
        live.pushEach(FindWaiterQuery.class, FindWaiterQuery::waiterId, watched -> watched.contains(waiterId)
                ? views.one(waiterId).map(view -> Map.of(waiterId, view)).orElse(Map.of()) : Map.of());
    }

    /** {@code left} was waiting and is no longer: those behind them in its bread moved up. */
    void lineMoved(Waiter left) {
        Map<String, Long> moved = CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().getOrComputeResource(MOVED, key -> new HashMap<>()) : new HashMap<>();
        boolean pushing = moved.containsKey(left.breadId());
        moved.merge(left.breadId(), left.line(), Math::min);
        if (!pushing) {
            live.pushEach(FindWaiterQuery.class, FindWaiterQuery::waiterId,
                    watched -> behind(left.breadId(), moved.get(left.breadId()), watched));
        }
    }

    private Map<String, WaiterView> behind(String breadId, long line, Set<String> watched) {
        Map<String, WaiterView> moved = new HashMap<>();
        views.waitingBehind(breadId, line).forEach(waiter -> {
            if (watched.contains(waiter.waiterId())) {
                moved.put(waiter.waiterId(), waiter);
            }
        });
        return moved;
    }
}
