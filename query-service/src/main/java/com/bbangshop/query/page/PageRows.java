package com.bbangshop.query.page;

import com.bbangshop.api.reservation.ReservationStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The pages projection's writes, in plain SQL on the table {@link PageEntry} maps (the queries read it through JPA).
 * A flash sale writes a page for every request: through Hibernate each event paid for a persistence context, its
 * dirty checks and its flush, about as much as the event itself. In the projection's transaction, like the JPA reads.
 */
@Component
class PageRows {

    private static final String COLUMNS = "reservation_id, bread_id, quantity, status, baker, placed_at, updated_at, "
            + "flagged, flagged_step, flagged_at";
    private static final RowMapper<PageEntry> PAGE = (row, number) -> PageEntry.stored(row.getString(1),
            row.getString(2), row.getInt(3), ReservationStatus.valueOf(row.getString(4)), row.getString(5),
            instant(row.getObject(6, OffsetDateTime.class)), instant(row.getObject(7, OffsetDateTime.class)),
            row.getBoolean(8), row.getString(9), instant(row.getObject(10, OffsetDateTime.class)));

    private final JdbcTemplate jdbc;

    PageRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PageEntry> find(String reservationId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM pages WHERE reservation_id = ?", PAGE, reservationId)
                .stream().findFirst();
    }

    /**
     * Inserts a new page unless its reservation has one already (an event handled twice); true if it inserted. Only
     * the columns a new page fills: a bare null in the SELECT would reach PostgreSQL without a type.
     */
    boolean insertIfAbsent(PageEntry page) {
        return jdbc.update("INSERT INTO pages (reservation_id, bread_id, quantity, status, placed_at, updated_at, "
                        + "flagged) SELECT ?, ?, ?, ?, ?, ?, FALSE WHERE NOT EXISTS "
                        + "(SELECT 1 FROM pages WHERE reservation_id = ?)",
                page.reservationId(), page.breadId(), page.quantity(), page.status().name(),
                timestamp(page.placedAt()), timestamp(page.updatedAt()), page.reservationId()) == 1;
    }

    void update(PageEntry page) {
        jdbc.update("UPDATE pages SET status = ?, baker = ?, updated_at = ?, flagged = ?, flagged_step = ?, "
                        + "flagged_at = ? WHERE reservation_id = ?",
                page.status().name(), page.baker(), timestamp(page.updatedAt()), page.flagged(), page.flaggedStep(),
                timestamp(page.flaggedAt()), page.reservationId());
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
