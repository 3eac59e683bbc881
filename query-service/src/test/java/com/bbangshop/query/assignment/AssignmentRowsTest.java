package com.bbangshop.query.assignment;

import com.bbangshop.api.assignment.AssignmentView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The assignments' plain-SQL reads and writes against the read model's table, which {@link AssignmentEntry} maps. */
@DataJpaTest
@Import(AssignmentRows.class)
class AssignmentRowsTest {

    private static final Instant ASSIGNED = Instant.parse("2026-11-22T09:00:01.654321Z");

    @Autowired
    AssignmentRows rows;


    @Test
    void anAssignmentIsInsertedOnceAndReadBackAsItWasWritten() {
        AssignmentView assignment = new AssignmentView("r-1", "bread-1", "Minji", 2, ASSIGNED);

        assertThat(rows.insertIfAbsent(assignment)).isTrue();
        assertThat(rows.insertIfAbsent(new AssignmentView("r-1", "bread-2", "Hana", 1, ASSIGNED.plusSeconds(1))))
                .as("the same reservation's assignment again").isFalse();

        assertThat(rows.list(0, 10).assignments()).containsExactly(assignment);
    }

    @Test
    void aDeletedAssignmentIsGoneAndDeletingAgainChangesNothing() {
        rows.insertIfAbsent(new AssignmentView("r-2", "bread-1", "Minji", 1, ASSIGNED));
        rows.insertIfAbsent(new AssignmentView("r-3", "bread-1", "Hana", 1, ASSIGNED));

        rows.delete("r-2");
        rows.delete("r-2");

        assertThat(rows.list(0, 10).assignments()).map(AssignmentView::reservationId).containsExactly("r-3");
    }
}
