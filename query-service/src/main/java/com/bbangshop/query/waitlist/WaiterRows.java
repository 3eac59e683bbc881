package com.bbangshop.query.waitlist;

import com.bbangshop.api.waitlist.WaiterStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The waiters table, in plain SQL like the pages. */
@Component
class WaiterRows {

    private static final String SELECT = "SELECT waiter_id, line, bread_id, status, offer_id, hold_until, "
            + "reservation_id, joined_at, updated_at FROM waiters";
    private static final RowMapper<Waiter> WAITER = (row, number) -> new Waiter(row.getString(1), row.getLong(2),
            row.getString(3), WaiterStatus.valueOf(row.getString(4)), row.getString(5), instant(row, 6),
            row.getString(7), instant(row, 8), instant(row, 9));

    private final JdbcTemplate jdbc;

    WaiterRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** True if it inserted; false if the waiter is known already (an event handled twice). */
    boolean insertIfAbsent(Waiter waiter) {
        return jdbc.update("INSERT INTO waiters (waiter_id, bread_id, status, joined_at, updated_at) "
                        + "SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM waiters WHERE waiter_id = ?)",
                waiter.waiterId(), waiter.breadId(), waiter.status().name(), timestamp(waiter.joinedAt()),
                timestamp(waiter.updatedAt()), waiter.waiterId()) == 1;
    }

    void update(Waiter waiter) {
        jdbc.update("UPDATE waiters SET status = ?, offer_id = ?, hold_until = ?, reservation_id = ?, "
                        + "updated_at = ? WHERE waiter_id = ?", waiter.status().name(), waiter.offerId(),
                timestamp(waiter.holdUntil()), waiter.reservationId(), timestamp(waiter.updatedAt()),
                waiter.waiterId());
    }

    Optional<Waiter> find(String waiterId) {
        return jdbc.query(SELECT + " WHERE waiter_id = ?", WAITER, waiterId).stream().findFirst();
    }

    /** How many of a bread's waiting joined before {@code line}. */
    int waitingAhead(String breadId, long line) {
        Integer ahead = jdbc.queryForObject("SELECT COUNT(*) FROM waiters WHERE bread_id = ? AND status = 'WAITING' "
                + "AND line < ?", Integer.class, breadId, line);
        return ahead == null ? 0 : ahead;
    }

    /** A bread's waiting who joined after {@code line}, in the order they joined. */
    List<Waiter> waitingBehind(String breadId, long line) {
        return jdbc.query(SELECT + " WHERE bread_id = ? AND status = 'WAITING' AND line > ? ORDER BY line", WAITER,
                breadId, line);
    }

    /** A bread's line: those holding an offer, then the waiting, each in the order they joined. */
    List<Waiter> line(String breadId) {
        return jdbc.query(SELECT + " WHERE bread_id = ? AND status IN ('OFFERED', 'WAITING') "
                + "ORDER BY CASE WHEN status = 'OFFERED' THEN 0 ELSE 1 END, line", WAITER, breadId);
    }

    void deleteAll() {
        jdbc.update("DELETE FROM waiters");
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime timestamp = row.getObject(column, OffsetDateTime.class);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
