package com.bbangshop.query.assignment;

import com.bbangshop.api.assignment.AssignmentView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.ZoneOffset;

/**
 * The assignments projection's writes, in plain SQL on the table {@link AssignmentEntry} maps (the queries read it
 * through JPA). Through Hibernate each new assignment was a merge: a select for a row that cannot be there yet, then
 * the insert, with the persistence context around both: the assignments processor was 7 % of a scarce sale's samples.
 */
@Component
class AssignmentRows {

    private final JdbcTemplate jdbc;

    AssignmentRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
}
