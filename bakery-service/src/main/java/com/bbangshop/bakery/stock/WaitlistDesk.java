package com.bbangshop.bakery.stock;

import com.bbangshop.api.stock.StockReservedEvent;
import com.bbangshop.api.waitlist.AcceptOfferCommand;
import com.bbangshop.api.waitlist.AcceptedOffer;
import com.bbangshop.api.waitlist.DeclineOfferCommand;
import com.bbangshop.api.waitlist.ExpireOfferCommand;
import com.bbangshop.api.waitlist.JoinWaitlistCommand;
import com.bbangshop.api.waitlist.LeaveWaitlistCommand;
import com.bbangshop.api.waitlist.LoafOfferedEvent;
import com.bbangshop.api.waitlist.OfferAcceptedEvent;
import com.bbangshop.api.waitlist.OfferDeclinedEvent;
import com.bbangshop.api.waitlist.OfferExpiredEvent;
import com.bbangshop.api.waitlist.OfferedLoafBackOnSaleEvent;
import com.bbangshop.api.waitlist.WaiterStatus;
import com.bbangshop.api.waitlist.WaitlistJoinedEvent;
import com.bbangshop.api.waitlist.WaitlistLeftEvent;
import com.bbangshop.api.waitlist.WaitlistPosition;
import org.axonframework.modelling.command.AggregateLifecycle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Decides the waitlist's commands for one bread at {@code now}, in the bread's command handler: it refuses, or
 * applies the events. A loaf offered is out of the stock on sale and held for one waiter until accepted (it becomes a
 * reservation holding it, released like any other), declined, left or expired (it goes to the next in line, or back
 * on sale). Every command asked again answers as before and applies nothing.
 */
final class WaitlistDesk {

    /** A line longer than this would wait for far more loaves than a limited edition frees. */
    static final int MOST_WAITING = 10_000;

    private final StockView bread;
    private final Waitlist waitlist;
    private final Instant now;
    private final Duration hold;

    WaitlistDesk(StockView bread, Waitlist waitlist, Instant now, Duration hold) {
        this.bread = bread;
        this.waitlist = waitlist;
        this.now = now;
        this.hold = hold;
    }

    WaitlistPosition join(JoinWaitlistCommand command) {
        WaitlistRefusals.require(command.waiterId(), "waiterId");
        WaitlistRefusals.require(command.customerHash(), "customerHash");
        WaitlistRefusals.require(command.secretHash(), "secretHash");
        Waiter known = waitlist.find(command.waiterId());
        if (known != null) {
            return new WaitlistPosition(bread.breadId(), known.waiterId(), known.joinedPosition());
        }
        if (!bread.sale().isOpen(now)) {
            throw bread.sale().refusal(bread.name(), now);
        }
        if (bread.remaining() > 0) {
            throw WaitlistRefusals.stillOnSale(bread.name(), bread.remaining());
        }
        Waiter same = waitlist.ofCustomer(command.customerHash());
        if (same != null) {
            throw WaitlistRefusals.inLine(bread.name(), same, waitlist.positionOf(same.waiterId()));
        }
        int held = bread.decided().loavesHeldByCustomer(command.customerHash());
        if (bread.maxPerCustomer() > 0 && held + 1 > bread.maxPerCustomer()) {
            throw WaitlistRefusals.overLimit(bread.name(), bread.maxPerCustomer(), "this customer's", held, "");
        }
        if (waitlist.waitingCount() >= MOST_WAITING) {
            throw WaitlistRefusals.full(bread.name(), MOST_WAITING);
        }
        int position = waitlist.waitingCount() + 1;
        apply(new WaitlistJoinedEvent(bread.breadId(), command.waiterId(), command.customerHash(),
                command.secretHash()));
        return new WaitlistPosition(bread.breadId(), command.waiterId(), position);
    }

    AcceptedOffer accept(AcceptOfferCommand command) {
        WaitlistRefusals.require(command.reservationId(), "reservationId");
        Waiter waiter = knownWaiter(command.waiterId(), command.secretHash());
        if (waiter.status() == WaiterStatus.ACCEPTED) {
            return new AcceptedOffer(waiter.offerId(), waiter.reservationId(), waiter.pickupCode());
        }
        if (waiter.status() != WaiterStatus.OFFERED) {
            throw WaitlistRefusals.noOpenOffer(waiter, waitlist.positionOf(waiter.waiterId()), bread.name());
        }
        if (now.isAfter(waiter.holdUntil())) {
            throw WaitlistRefusals.holdPassed(waiter.holdUntil(), now);
        }
        int held = bread.decided().loavesHeldByCustomer(waiter.customerHash());
        if (bread.maxPerCustomer() > 0 && held + 1 > bread.maxPerCustomer()) {
            throw WaitlistRefusals.overLimit(bread.name(), bread.maxPerCustomer(), "your", held,
                    " now: decline the offer to pass it on");
        }
        if (bread.decided().outcomeOf(command.reservationId()) != null
                || bread.decided().isForgotten(command.reservationId())) {
            throw WaitlistRefusals.reservationExists(command.reservationId());
        }
        String code = bread.nextPickupCode();
        apply(new OfferAcceptedEvent(bread.breadId(), waiter.offerId(), waiter.waiterId(), command.reservationId(),
                waiter.secretHash(), code));
        apply(new StockReservedEvent(bread.breadId(), command.reservationId(), 1, bread.remaining(), code,
                bread.maxPerCustomer() > 0 ? waiter.customerHash() : null));
        return new AcceptedOffer(waiter.offerId(), command.reservationId(), code);
    }

    /** Declining an offer that ended already (declined, expired, left) changes nothing. */
    void decline(DeclineOfferCommand command) {
        Waiter waiter = knownWaiter(command.waiterId(), command.secretHash());
        switch (waiter.status()) {
            case OFFERED -> declineOffer(waiter);
            case WAITING -> throw WaitlistRefusals.nothingToDecline(waitlist.positionOf(waiter.waiterId()));
            case ACCEPTED -> throw WaitlistRefusals.acceptedAlready(waiter);
            case DECLINED, EXPIRED, LEFT -> { }
        }
    }

    /** Leaving while a loaf is offered declines it; leaving again changes nothing. */
    void leave(LeaveWaitlistCommand command) {
        Waiter waiter = knownWaiter(command.waiterId(), command.secretHash());
        switch (waiter.status()) {
            case WAITING -> apply(new WaitlistLeftEvent(bread.breadId(), waiter.waiterId()));
            case OFFERED -> declineOffer(waiter);
            case ACCEPTED -> throw WaitlistRefusals.acceptedAlready(waiter);
            case DECLINED, EXPIRED, LEFT -> { }
        }
    }

    /**
     * Only an open offer whose hold has passed expires: one accepted or declined meanwhile stays as it is, and one
     * asked too early is asked again by its saga.
     */
    void expire(ExpireOfferCommand command) {
        Waiter waiter = waitlist.openOffer(command.offerId());
        if (waiter != null && !now.isBefore(waiter.holdUntil())) {
            endOffer(waiter.offerId(), new OfferExpiredEvent(bread.breadId(), waiter.offerId(), waiter.waiterId()));
        }
    }

    /** Offers {@code count} freed loaves (at most {@link Waitlist#offerable}) to the first in line, in order. */
    void offer(int count) {
        List<Waiter> first = waitlist.firstWaiting(count);
        List<LoafOfferedEvent> offers = new ArrayList<>(first.size());
        for (int i = 0; i < first.size(); i++) {
            offers.add(new LoafOfferedEvent(bread.breadId(), waitlist.offerId(bread.breadId(), i + 1),
                    first.get(i).waiterId(), now.plus(hold)));
        }
        offers.forEach(AggregateLifecycle::apply);
    }

    private void declineOffer(Waiter waiter) {
        endOffer(waiter.offerId(), new OfferDeclinedEvent(bread.breadId(), waiter.offerId(), waiter.waiterId()));
    }

    /** The ended offer's loaf goes to the next in line, or back on sale when nobody waits. */
    private void endOffer(String offerId, Object ending) {
        apply(ending);
        if (waitlist.offerable(1) == 1) {
            offer(1);
        } else {
            apply(new OfferedLoafBackOnSaleEvent(bread.breadId(), offerId, bread.remaining() + 1));
        }
    }

    private Waiter knownWaiter(String waiterId, String secretHash) {
        WaitlistRefusals.require(waiterId, "waiterId");
        WaitlistRefusals.require(secretHash, "secretHash");
        Waiter waiter = waitlist.find(waiterId);
        if (waiter == null) {
            throw WaitlistRefusals.unknownWaiter(waiterId, bread.name());
        }
        if (!MessageDigest.isEqual(waiter.secretHash().getBytes(StandardCharsets.UTF_8),
                secretHash.getBytes(StandardCharsets.UTF_8))) {
            throw WaitlistRefusals.wrongSecret(waiterId);
        }
        return waiter;
    }
}
