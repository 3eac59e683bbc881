package com.bbangshop.query.assignment;

import com.bbangshop.api.assignment.AssignmentView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The assignments table, read and written with plain SQL only, like the pages: through Hibernate each new assignment
 * was a merge, a select for a row that cannot be there yet and then the insert, with a persistence context around both.
 */
@Component
class AssignmentRows {

    private static final RowMapper<AssignmentView> ASSIGNMENT = (row, number) -> new AssignmentView(
            row.getString(1), row.getString(2), row.getString(3), row.getInt(4),
            instant(row.getObject(5, OffsetDateTime.class)));

    private final JdbcTemplate jdbc;

    AssignmentRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One list page, oldest first, and how many assignments there are in all. */
    record Slice(List<AssignmentView> assignments, long total) {
    }

    /** True if it inserted; false if the reservation has its assignment already (an event handled twice). */
    boolean insertIfAbsent(AssignmentView assignment) {
        return jdbc.update("INSERT INTO assignments (reservation_id, bread_id, baker, quantity, assigned_at) "
                        + "SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS "
                        + "(SELECT 1 FROM assignments WHERE reservation_id = ?)",
                assignment.reservationId(), assignment.breadId(), assignment.baker(), assignment.quantity(),
                assignment.assignedAt().atOffset(ZoneOffset.UTC), assignment.reservationId()) == 1;
    }

    void delete(String reservationId) {
        jdbc.update("DELETE FROM assignments WHERE reservation_id = ?", reservationId);
    }

    void deleteAll() {
        jdbc.update("DELETE FROM assignments");
    }

    /** The total is counted only when the slice cannot tell it. */
    Slice list(int page, int size) {
        long offset = (long) page * size;
        List<AssignmentView> found = jdbc.query("SELECT reservation_id, bread_id, baker, quantity, assigned_at "
                + "FROM assignments ORDER BY assigned_at ASC, reservation_id ASC LIMIT ? OFFSET ?", ASSIGNMENT,
                size, offset);
        boolean lastPage = found.size() < size && (offset == 0 || !found.isEmpty());
        long total = lastPage ? offset + found.size()
                : jdbc.queryForObject("SELECT COUNT(*) FROM assignments", Long.class);
        return new Slice(found, total);
    }

    private static Instant instant(OffsetDateTime timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
