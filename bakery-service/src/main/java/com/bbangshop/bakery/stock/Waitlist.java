package com.bbangshop.bakery.stock;

import com.bbangshop.api.waitlist.LoafOfferedEvent;
import com.bbangshop.api.waitlist.OfferAcceptedEvent;
import com.bbangshop.api.waitlist.OfferDeclinedEvent;
import com.bbangshop.api.waitlist.OfferExpiredEvent;
import com.bbangshop.api.waitlist.WaiterStatus;
import com.bbangshop.api.waitlist.WaitlistJoinedEvent;
import com.bbangshop.api.waitlist.WaitlistLeftEvent;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bread's line for freed loaves: the waiting in the order they joined, those holding an offer, and the newest
 * {@value #ENDED_KEPT} who left the line (accepted, declined, expired or left), so that a retried command is answered
 * as before. Changed only by the bread's events; {@link WaitlistDesk} decides them.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class Waitlist {

    static final int ENDED_KEPT = 4096;

    private LinkedHashMap<String, Waiter> waiting = new LinkedHashMap<>();
    private Map<String, Waiter> offered = new HashMap<>();
    private LinkedHashMap<String, Waiter> ended = new LinkedHashMap<>();
    /** The waiter of each customer (keyed hash) in line or holding an offer: one place per customer. */
    private Map<String, String> customers = new HashMap<>();
    /** Offers ever made: the next offer's id is derived from it, so a replay names offers the same. */
    private long offersMade;

    /** The waiter as remembered, wherever they stand, or null. */
    Waiter find(String waiterId) {
        Waiter waiter = waiting.get(waiterId);
        if (waiter == null) {
            waiter = offered.get(waiterId);
        }
        return waiter != null ? waiter : ended.get(waiterId);
    }

    Waiter ofCustomer(String customerHash) {
        String waiterId = customers.get(customerHash);
        return waiterId == null ? null : find(waiterId);
    }

    /** The open offer with that id, or null (never made, or ended). */
    Waiter openOffer(String offerId) {
        return offered.values().stream().filter(waiter -> waiter.offerId().equals(offerId)).findFirst().orElse(null);
    }

    /** 1 is next; 0 for one not waiting. */
    int positionOf(String waiterId) {
        int position = 1;
        for (String id : waiting.keySet()) {
            if (id.equals(waiterId)) {
                return position;
            }
            position++;
        }
        return 0;
    }

    int waitingCount() {
        return waiting.size();
    }

    /** Of {@code freed} loaves, how many go to the line: one to each waiting, in order. */
    int offerable(int freed) {
        return Math.min(freed, waiting.size());
    }

    /** The first {@code count} waiting, in order. */
    List<Waiter> firstWaiting(int count) {
        List<Waiter> first = new ArrayList<>(count);
        Iterator<Waiter> line = waiting.values().iterator();
        while (first.size() < count && line.hasNext()) {
            first.add(line.next());
        }
        return first;
    }

    /** The id of the {@code n}-th offer from now (1 is the next one). */
    String offerId(String breadId, int n) {
        return breadId + "-offer-" + (offersMade + n);
    }

    @EventSourcingHandler
    void on(WaitlistJoinedEvent event) {
        waiting.put(event.waiterId(), Waiter.joined(event.waiterId(), event.customerHash(), event.secretHash(),
                waiting.size() + 1));
        customers.put(event.customerHash(), event.waiterId());
    }

    @EventSourcingHandler
    void on(WaitlistLeftEvent event) {
        Waiter waiter = waiting.remove(event.waiterId());
        if (waiter != null) {
            end(waiter, waiter.ended(WaiterStatus.LEFT));
        }
    }

    @EventSourcingHandler
    void on(LoafOfferedEvent event) {
        offersMade++;
        Waiter waiter = waiting.remove(event.waiterId());
        if (waiter != null) {
            offered.put(event.waiterId(), waiter.offered(event.offerId(), event.holdUntil()));
        }
    }

    @EventSourcingHandler
    void on(OfferAcceptedEvent event) {
        Waiter waiter = offered.remove(event.waiterId());
        if (waiter != null) {
            end(waiter, waiter.accepted(event.reservationId(), event.pickupCode()));
        }
    }

    @EventSourcingHandler
    void on(OfferDeclinedEvent event) {
        Waiter waiter = offered.remove(event.waiterId());
        if (waiter != null) {
            end(waiter, waiter.ended(WaiterStatus.DECLINED));
        }
    }

    @EventSourcingHandler
    void on(OfferExpiredEvent event) {
        Waiter waiter = offered.remove(event.waiterId());
        if (waiter != null) {
            end(waiter, waiter.ended(WaiterStatus.EXPIRED));
        }
    }

    private void end(Waiter was, Waiter now) {
        customers.remove(was.customerHash(), was.waiterId());
        ended.put(now.waiterId(), now);
        Iterator<String> oldest = ended.keySet().iterator();
        while (ended.size() > ENDED_KEPT) {
            oldest.next();
            oldest.remove();
        }
    }
}
