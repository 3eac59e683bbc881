package com.bbangshop.query.bread;

import com.bbangshop.api.rules.Limits;
import com.bbangshop.api.stock.BreadList;
import com.bbangshop.api.stock.BreadOpeningChangedEvent;
import com.bbangshop.api.stock.BreadRegisteredEvent;
import com.bbangshop.api.stock.BreadRenamedEvent;
import com.bbangshop.api.stock.BreadSaleEndedEvent;
import com.bbangshop.api.stock.BreadRestockedEvent;
import com.bbangshop.api.stock.BreadView;
import com.bbangshop.api.stock.FindBreadQuery;
import com.bbangshop.api.stock.FindBreadsQuery;
import com.bbangshop.api.stock.StockReleasedEvent;
import com.bbangshop.api.stock.StockReservedEvent;
import com.bbangshop.api.stock.WatchBreadsQuery;
import com.bbangshop.api.waitlist.OfferedLoafBackOnSaleEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Breads and their live counts. Every stock event carries the absolute remaining count, so handling an event twice
 * writes the same row. A sold-out answer ({@code StockSoldOutEvent}, {@code StockCheckedSoldOutEvent}) changes no
 * count, so it is not handled here: in a flash sale it is most of the events, and each was read, deserialized and
 * looked up for nothing.
 */
@Component
@ProcessingGroup("breads")
public class BreadProjection {

    private static final String CHANGED_IN_BATCH = BreadProjection.class.getName() + ".changedInBatch";

    private final BreadRepository breads;
    private final QueryUpdateEmitter updateEmitter;
    /** The server's time in the lists, so that a kiosk counts down to an opening with it. */
    private final Clock clock;

    @Autowired
    public BreadProjection(BreadRepository breads, QueryUpdateEmitter updateEmitter) {
        this(breads, updateEmitter, Clock.systemUTC());
    }

    BreadProjection(BreadRepository breads, QueryUpdateEmitter updateEmitter, Clock clock) {
        this.breads = breads;
        this.updateEmitter = updateEmitter;
        this.clock = clock;
    }

    @EventHandler
    void on(BreadRegisteredEvent event, @Timestamp Instant registeredAt) {
        if (!breads.existsById(event.breadId())) {
            emit(breads.save(new BreadEntry(event.breadId(), event.name(), event.quantity(),
                    event.maxPerReservation(), registeredAt, event.opensAt(), event.closesAt(),
                    event.maxPerCustomer(), event.pickupWindowMinutes())).toView());
        }
    }

    @EventHandler
    void on(BreadRenamedEvent event) {
        update(event.breadId(), bread -> bread.renamed(event.name()));
    }

    @EventHandler
    void on(BreadOpeningChangedEvent event) {
        update(event.breadId(), bread -> bread.opensAt(event.opensAt()));
    }

    @EventHandler
    void on(BreadSaleEndedEvent event) {
        update(event.breadId(), bread -> bread.saleEnded(event.endedAt()));
    }

    @EventHandler
    void on(BreadRestockedEvent event) {
        update(event.breadId(), bread -> bread.restocked(event.editionSize(), event.remaining()));
    }

    @EventHandler
    void on(StockReservedEvent event) {
        update(event.breadId(), bread -> bread.remaining(event.remaining()));
    }

    @EventHandler
    void on(StockReleasedEvent event) {
        update(event.breadId(), bread -> bread.remaining(event.remaining()));
    }

    /** A loaf held for the waitlist that nobody took: on sale again. Held loaves are off sale, counted as reserved. */
    @EventHandler
    void on(OfferedLoafBackOnSaleEvent event) {
        update(event.breadId(), bread -> bread.remaining(event.remaining()));
    }

    @ResetHandler
    void reset() {
        breads.deleteAllInBatch();
    }

    @QueryHandler
    public Optional<BreadView> handle(FindBreadQuery query) {
        return breads.findById(query.breadId()).map(BreadEntry::toView);
    }

    @QueryHandler
    public BreadList handle(FindBreadsQuery query) {
        Page<BreadEntry> page = breads.findAll(PageRequest.of(query.page(),
                Math.min(query.size(), Limits.MAX_PAGE_SIZE), Sort.by("registeredAt", "breadId")));
        return new BreadList(page.map(BreadEntry::toView).getContent(), query.page(), query.size(),
                page.getTotalElements(), Instant.now(clock));
    }

    @QueryHandler
    public BreadList handle(WatchBreadsQuery query) {
        return handle(new FindBreadsQuery(0, Math.max(1, query.limit())));
    }

    /**
     * Pushes a bread to its watchers only if it changed: a sold-out answer leaves the count where it was, and in a
     * flash sale thousands of them came after the last loaf, each pushed to every kiosk (with 200 watchers, the last
     * count reached them seconds late).
     */
    private void update(String breadId, Consumer<BreadEntry> change) {
        breads.findById(breadId).ifPresent(bread -> {
            BreadView before = bread.toView();
            change.accept(bread);
            BreadView after = bread.toView();
            if (!after.equals(before)) {
                emit(after);
            }
        });
    }

    /**
     * A batch pushes each bread it changed once, as it last left it: in a flash sale a batch holds a hundred counts
     * of one bread, and each had gone to every watcher, only for the streams to coalesce them again.
     */
    private void emit(BreadView view) {
        if (!CurrentUnitOfWork.isStarted()) {
            push(view);
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        batch.<Map<String, BreadView>>getOrComputeResource(CHANGED_IN_BATCH, key -> {
            Map<String, BreadView> changed = new LinkedHashMap<>();
            // after the commit: pushed any earlier (Axon's emitter sends at once outside the STARTED phase), a kiosk
            // told "registered" could ask the read side for the bread before its row was there
            batch.afterCommit(committed -> changed.values().forEach(this::push));
            return changed;
        }).put(view.breadId(), view);
    }

    private void push(BreadView view) {
        updateEmitter.emit(FindBreadQuery.class, query -> query.breadId().equals(view.breadId()), view);
        updateEmitter.emit(WatchBreadsQuery.class, everyWatcher -> true, view);
    }
}
