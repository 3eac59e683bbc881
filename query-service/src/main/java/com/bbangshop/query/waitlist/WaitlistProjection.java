package com.bbangshop.query.waitlist;

import com.bbangshop.api.waitlist.FindWaiterQuery;
import com.bbangshop.api.waitlist.FindWaitlistQuery;
import com.bbangshop.api.waitlist.LoafOfferedEvent;
import com.bbangshop.api.waitlist.OfferAcceptedEvent;
import com.bbangshop.api.waitlist.OfferDeclinedEvent;
import com.bbangshop.api.waitlist.OfferExpiredEvent;
import com.bbangshop.api.waitlist.WaiterStatus;
import com.bbangshop.api.waitlist.WaiterView;
import com.bbangshop.api.waitlist.WaitlistJoinedEvent;
import com.bbangshop.api.waitlist.WaitlistLeftEvent;
import com.bbangshop.api.waitlist.WaitlistView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The breads' waitlists, one row per customer who joined. A place moves WAITING, OFFERED, then ends once (accepted,
 * declined, expired or left); an event that would move an ended place, or repeat a step, changes nothing, so handling
 * any event twice leaves the same rows. Positions are not stored: they are counted when read, so a waiter who leaves
 * moves everyone behind without a write. It runs in the pages' processor: a line is short next to a sale's pages,
 * and a processor of its own would cost a thread, a connection and its own replay.
 */
@Component
@ProcessingGroup("pages")
public class WaitlistProjection {

    private final WaiterRows rows;
    private final WaiterViews views;
    private final WaiterUpdates updates;

    WaitlistProjection(WaiterRows rows, WaiterViews views, WaiterUpdates updates) {
        this.rows = rows;
        this.views = views;
        this.updates = updates;
    }

    @EventHandler
    void on(WaitlistJoinedEvent event, @Timestamp Instant at) {
        if (rows.insertIfAbsent(Waiter.joined(event.waiterId(), event.breadId(), at))) {
            updates.changed(event.waiterId());
        }
    }

    @EventHandler
    void on(LoafOfferedEvent event, @Timestamp Instant at) {
        rows.find(event.waiterId()).filter(Waiter::waiting)
                .ifPresent(waiter -> save(waiter, waiter.offered(event.offerId(), event.holdUntil(), at)));
    }

    @EventHandler
    void on(OfferAcceptedEvent event, @Timestamp Instant at) {
        end(event.waiterId(), waiter -> waiter.ended(WaiterStatus.ACCEPTED, event.reservationId(), at));
    }

    @EventHandler
    void on(OfferDeclinedEvent event, @Timestamp Instant at) {
        end(event.waiterId(), waiter -> waiter.ended(WaiterStatus.DECLINED, null, at));
    }

    @EventHandler
    void on(OfferExpiredEvent event, @Timestamp Instant at) {
        end(event.waiterId(), waiter -> waiter.ended(WaiterStatus.EXPIRED, null, at));
    }

    @EventHandler
    void on(WaitlistLeftEvent event, @Timestamp Instant at) {
        end(event.waiterId(), waiter -> waiter.ended(WaiterStatus.LEFT, null, at));
    }

    @ResetHandler
    void reset() {
        rows.deleteAll();
    }

    @QueryHandler
    public Optional<WaiterView> handle(FindWaiterQuery query) {
        return views.one(query.waiterId());
    }

    @QueryHandler
    public WaitlistView handle(FindWaitlistQuery query) {
        return new WaitlistView(query.breadId(), views.line(query.breadId()));
    }

    private void end(String waiterId, UnaryOperator<Waiter> ending) {
        rows.find(waiterId).filter(waiter -> !waiter.ended()).ifPresent(waiter -> save(waiter, ending.apply(waiter)));
    }

    /** Someone who was waiting is out of the waiting: everyone behind them moves up. */
    private void save(Waiter before, Waiter after) {
        rows.update(after);
        updates.changed(after.waiterId());
        if (before.waiting()) {
            updates.lineMoved(before);
        }
    }
}
