package com.bbangshop.query.page;

import com.bbangshop.api.page.FindReservationQuery;
import com.bbangshop.api.page.FindReservationsQuery;
import com.bbangshop.api.page.ReservationList;
import com.bbangshop.api.page.ReservationView;
import com.bbangshop.api.page.WatchPagesQuery;
import com.bbangshop.api.reservation.PickupDeadlineNearEvent;
import com.bbangshop.api.reservation.ReservationAcceptedEvent;
import com.bbangshop.api.reservation.ReservationCanceledEvent;
import com.bbangshop.api.reservation.ReservationCancellationRequestedEvent;
import com.bbangshop.api.reservation.ReservationConfirmedEvent;
import com.bbangshop.api.reservation.ReservationExpiredEvent;
import com.bbangshop.api.reservation.ReservationFlagClearedEvent;
import com.bbangshop.api.reservation.ReservationFlaggedEvent;
import com.bbangshop.api.reservation.ReservationPickedUpEvent;
import com.bbangshop.api.reservation.ReservationPlacedEvent;
import com.bbangshop.api.reservation.ReservationReadyEvent;
import com.bbangshop.api.reservation.ReservationSoldOutEvent;
import com.bbangshop.api.reservation.ReservationStatus;
import com.bbangshop.api.reservation.SoldOutReservationRecordedEvent;
import com.bbangshop.api.rules.Limits;
import com.bbangshop.api.stock.BreadRegisteredEvent;
import com.bbangshop.api.stock.BreadRenamedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The customers' pages, one row per reservation. Each event sets a status (it never counts), so handling an event
 * twice leaves the same row; every change is pushed to its watchers ({@link PageUpdates}). One persistence style, plain SQL for events ({@link PageRows}) and queries ({@link PageListing}): this
 * projection handles every reservation event of a flash sale, and JPA's persistence context cost as much as the event.
 */
@Component
@ProcessingGroup("pages")
public class PageProjection {

    private final PageRows rows;
    private final PageListing listing;
    private final PageBreadNames breadNames;
    private final PageUpdates updates;

    PageProjection(PageRows rows, PageListing listing, PageBreadNames breadNames, PageUpdates updates) {
        this.rows = rows;
        this.listing = listing;
        this.breadNames = breadNames;
        this.updates = updates;
    }

    @EventHandler
    void on(BreadRegisteredEvent event) {
        breadNames.remember(event.breadId(), event.name());
    }

    @EventHandler
    void on(BreadRenamedEvent event) {
        breadNames.remember(event.breadId(), event.name());
    }

    @EventHandler
    void on(ReservationPlacedEvent event, @Timestamp Instant at) {
        insert(new PageEntry(event.reservationId(), event.breadId(), event.quantity(), at));
    }

    @EventHandler
    void on(ReservationAcceptedEvent event, @Timestamp Instant at) {
        move(event.reservationId(), ReservationStatus.ACCEPTED, at, page -> page.givePickupCode(event.pickupCode()));
    }

    /** A reservation's only event: found sold out before it was placed. */
    @EventHandler
    void on(SoldOutReservationRecordedEvent event, @Timestamp Instant at) {
        insert(new PageEntry(event.reservationId(), event.breadId(), event.quantity(), ReservationStatus.SOLD_OUT, at));
    }

    /** A placed reservation's answer, or (recorded before SoldOutReservationRecordedEvent) a born sold-out one's. */
    @EventHandler
    void on(ReservationSoldOutEvent event, @Timestamp Instant at) {
        Optional<PageEntry> placed = rows.find(event.reservationId());
        if (placed.isPresent()) {
            move(placed.get(), ReservationStatus.SOLD_OUT, at);
        } else {
            insert(new PageEntry(event.reservationId(), event.breadId(), event.quantity(), ReservationStatus.SOLD_OUT,
                    at));
        }
    }

    @EventHandler
    void on(ReservationConfirmedEvent event, @Timestamp Instant at) {
        move(event.reservationId(), ReservationStatus.CONFIRMED, at, page -> page.assignBaker(event.baker()));
    }

    @EventHandler
    void on(ReservationCancellationRequestedEvent event, @Timestamp Instant at) {
        move(event.reservationId(), ReservationStatus.CANCELLATION_REQUESTED, at, page -> { });
    }

    @EventHandler
    void on(ReservationCanceledEvent event, @Timestamp Instant at) {
        move(event.reservationId(), ReservationStatus.CANCELED, at, page -> { });
    }

    @EventHandler
    void on(ReservationReadyEvent event, @Timestamp Instant at) {
        move(event.reservationId(), ReservationStatus.READY, at, page -> page.waitForPickupUntil(event.pickupBy()));
    }

    /** Changes no status: it restates the deadline, which the page shows already. */
    @EventHandler
    void on(PickupDeadlineNearEvent event) {
        change(event.reservationId(), page -> page.waitForPickupUntil(event.pickupBy()));
    }

    @EventHandler
    void on(ReservationExpiredEvent event, @Timestamp Instant at) {
        move(event.reservationId(), ReservationStatus.NO_SHOW, at, page -> { });
    }

    @EventHandler
    void on(ReservationPickedUpEvent event, @Timestamp Instant at) {
        move(event.reservationId(), ReservationStatus.PICKED_UP, at, page -> { });
    }

    @EventHandler
    void on(ReservationFlaggedEvent event, @Timestamp Instant at) {
        change(event.reservationId(), page -> page.flag(event.step(), at));
    }

    @EventHandler
    void on(ReservationFlagClearedEvent event) {
        change(event.reservationId(), PageEntry::clearFlag);
    }

    @ResetHandler
    void reset() {
        rows.deleteAll();
        breadNames.forgetAll();
    }

    @QueryHandler
    public Optional<ReservationView> handle(FindReservationQuery query) {
        return listing.one(query.reservationId()).map(page -> page.toView(breadNames.nameOf(page.breadId())));
    }

    @QueryHandler
    public ReservationList handle(FindReservationsQuery query) {
        PageListing.Slice slice = listing.list(query.page(), Math.min(query.size(), Limits.MAX_PAGE_SIZE),
                query.status(), query.flaggedOnly(), query.pickupCode());
        return new ReservationList(views(slice.pages()), query.page(), query.size(), slice.total());
    }

    @QueryHandler
    public ReservationList handle(WatchPagesQuery query) {
        return handle(new FindReservationsQuery(0, Math.max(1, query.limit()), null));
    }

    private void insert(PageEntry page) {
        if (rows.insertIfAbsent(page)) {
            emit(page);
        }
    }

    private void move(PageEntry page, ReservationStatus status, Instant at) {
        page.moveTo(status, at);
        rows.update(page);
        emit(page);
    }

    private void move(String reservationId, ReservationStatus status, Instant at, Consumer<PageEntry> alsoChange) {
        change(reservationId, page -> {
            page.moveTo(status, at);
            alsoChange.accept(page);
        });
    }

    private void change(String reservationId, Consumer<PageEntry> change) {
        rows.find(reservationId).ifPresent(page -> {
            change.accept(page);
            rows.update(page);
            emit(page);
        });
    }

    private List<ReservationView> views(List<PageEntry> entries) {
        Map<String, String> names = breadNames.namesOf(entries.stream().map(PageEntry::breadId)
                .collect(Collectors.toSet()));
        return entries.stream().map(page -> page.toView(names.get(page.breadId()))).toList();
    }

    private void emit(PageEntry page) {
        updates.changed(page);
    }
}
