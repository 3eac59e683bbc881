package com.bbangshop.query.page;

import com.bbangshop.api.reservation.ReservationStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The pages as the queries read them, newest first, in plain SQL like {@link PageRows}' writes. */
@Component
class PageListing {

    private static final String SELECT = "SELECT reservation_id, bread_id, quantity, status, baker, placed_at, "
            + "updated_at, flagged, flagged_step, flagged_at, pickup_code, pickup_by FROM pages";
    private static final RowMapper<PageEntry> PAGE = (row, number) -> PageEntry.stored(row.getString(1),
            row.getString(2), row.getInt(3), ReservationStatus.valueOf(row.getString(4)), row.getString(5),
            instant(row.getObject(6, OffsetDateTime.class)), instant(row.getObject(7, OffsetDateTime.class)),
            row.getBoolean(8), row.getString(9), instant(row.getObject(10, OffsetDateTime.class)), row.getString(11),
            instant(row.getObject(12, OffsetDateTime.class)));
    /** With a pickup code: the reservation waiting at the counter before ended ones that had the code earlier. */
    private static final String NOT_ENDED_FIRST = "CASE WHEN status IN (" + Arrays.stream(ReservationStatus.values())
            .filter(ReservationStatus::isTerminal).map(status -> "'" + status.name() + "'")
            .collect(Collectors.joining(", ")) + ") THEN 1 ELSE 0 END, ";

    private final JdbcTemplate jdbc;

    PageListing(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One list page and how many pages there are in all. */
    record Slice(List<PageEntry> pages, long total) {
    }

    Optional<PageEntry> one(String reservationId) {
        return jdbc.query(SELECT + " WHERE reservation_id = ?", PAGE, reservationId).stream().findFirst();
    }

    /**
     * {@code status} and {@code pickupCode} null mean any; the total is counted only when the slice cannot tell it.
     */
    Slice list(int page, int size, ReservationStatus status, boolean flaggedOnly, String pickupCode) {
        List<String> conditions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (status != null) {
            conditions.add("status = ?");
            values.add(status.name());
        }
        if (flaggedOnly) {
            conditions.add("flagged = TRUE");
        }
        if (pickupCode != null) {
            conditions.add("pickup_code = ?");
            values.add(pickupCode);
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long offset = (long) page * size;
        List<Object> window = new ArrayList<>(values);
        window.add(size);
        window.add(offset);
        List<PageEntry> found = jdbc.query(SELECT + where + " ORDER BY " + (pickupCode == null ? "" : NOT_ENDED_FIRST)
                + "placed_at DESC, reservation_id ASC LIMIT ? OFFSET ?", PAGE, window.toArray());
        boolean lastPage = found.size() < size && (offset == 0 || !found.isEmpty());
        long total = lastPage ? offset + found.size()
                : jdbc.queryForObject("SELECT COUNT(*) FROM pages" + where, Long.class, values.toArray());
        return new Slice(found, total);
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
