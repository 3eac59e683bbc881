package com.bbangshop.query.page;

import com.bbangshop.api.reservation.ReservationStatus;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pages projection's writes, in the projection's transaction. Pages are read and written with plain SQL only
 * (here and in {@link PageListing}): a flash sale writes a page for every request, and through Hibernate each event
 * paid for a persistence context, its dirty checks and its flush, about as much as the event itself.
 * <p>
 * In a unit of work (the projection's batch of events) a page is read from the table once, and a changed page is
 * written once, just before the batch commits: a sold loaf's three events (placed, accepted, confirmed) mostly come
 * in one batch, and were an insert and two reads and two updates of the same row. What a failed batch changed is
 * gone with it.
 */
@Component
class PageRows {

    private static final String UPDATE = "UPDATE pages SET status = ?, baker = ?, updated_at = ?, flagged = ?, "
            + "flagged_step = ?, flagged_at = ?, pickup_code = ?, pickup_by = ? WHERE reservation_id = ?";
    private static final String BATCH = PageRows.class.getName() + ".batch";

    private final JdbcTemplate jdbc;
    private final PageListing listing;

    PageRows(JdbcTemplate jdbc, PageListing listing) {
        this.jdbc = jdbc;
        this.listing = listing;
    }

    /** A copy of the page: a change counts once it is handed to {@link #update}. */
    Optional<PageEntry> find(String reservationId) {
        Batch batch = batch();
        PageEntry known = batch == null ? null : batch.known.get(reservationId);
        if (known != null) {
            return Optional.of(known.copy());
        }
        Optional<PageEntry> found = listing.one(reservationId);
        if (batch != null) {
            found.ifPresent(page -> batch.known.put(reservationId, page.copy()));
        }
        return found;
    }

    /**
     * Inserts a new page unless its reservation has one already (an event handled twice); true if it inserted. Only
     * the columns a new page fills: a bare null in the SELECT would reach PostgreSQL without a type.
     */
    boolean insertIfAbsent(PageEntry page) {
        boolean inserted = jdbc.update("INSERT INTO pages (reservation_id, bread_id, quantity, status, placed_at, "
                        + "updated_at, flagged) SELECT ?, ?, ?, ?, ?, ?, FALSE WHERE NOT EXISTS "
                        + "(SELECT 1 FROM pages WHERE reservation_id = ?)",
                page.reservationId(), page.breadId(), page.quantity(), page.status().name(),
                PageListing.timestamp(page.placedAt()), PageListing.timestamp(page.updatedAt()),
                page.reservationId()) == 1;
        Batch batch = batch();
        if (inserted && batch != null) {
            batch.known.put(page.reservationId(), page.copy());
        }
        return inserted;
    }

    void update(PageEntry page) {
        Batch batch = batch();
        if (batch == null) {
            jdbc.update(UPDATE, values(page));
            return;
        }
        batch.known.put(page.reservationId(), page.copy());
        batch.changed.add(page.reservationId());
    }

    void deleteAll() {
        jdbc.update("DELETE FROM pages");
    }

    private Batch batch() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(BATCH, key -> {
            Batch batch = new Batch();
            root.onPrepareCommit(u -> write(batch));
            return batch;
        });
    }

    private void write(Batch batch) {
        if (!batch.changed.isEmpty()) {
            jdbc.batchUpdate(UPDATE, batch.changed.stream().map(id -> values(batch.known.get(id))).toList());
        }
    }

    private static Object[] values(PageEntry page) {
        return new Object[]{page.status().name(), page.baker(), PageListing.timestamp(page.updatedAt()),
                page.flagged(), page.flaggedStep(), PageListing.timestamp(page.flaggedAt()), page.pickupCode(),
                PageListing.timestamp(page.pickupBy()), page.reservationId()};
    }

    /** The pages one unit of work has read or written, as it last left them, and which of them it changed. */
    private static final class Batch {
        final Map<String, PageEntry> known = new HashMap<>();
        final Set<String> changed = new LinkedHashSet<>();
    }
}
