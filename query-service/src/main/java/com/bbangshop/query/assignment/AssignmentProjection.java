package com.bbangshop.query.assignment;

import com.bbangshop.api.assignment.AssignmentChange;
import com.bbangshop.api.assignment.AssignmentDeletedEvent;
import com.bbangshop.api.assignment.AssignmentList;
import com.bbangshop.api.assignment.AssignmentView;
import com.bbangshop.api.assignment.BakerAssignedEvent;
import com.bbangshop.api.assignment.FindAssignmentsQuery;
import com.bbangshop.api.assignment.WatchAssignmentsQuery;
import com.bbangshop.api.rules.Limits;
import com.bbangshop.query.live.LiveUpdates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * The bakers' current work: a deleted assignment disappears from the list, and its watchers hear of it. Plain SQL for
 * events and queries alike ({@link AssignmentRows}): every sold loaf writes an assignment, and JPA's merge was a
 * select and an insert inside a persistence context.
 */
@Component
@ProcessingGroup("assignments")
public class AssignmentProjection {

    private final AssignmentRows rows;
    private final LiveUpdates live;

    public AssignmentProjection(AssignmentRows rows, LiveUpdates live) {
        this.rows = rows;
        this.live = live;
    }

    @EventHandler
    void on(BakerAssignedEvent event, @Timestamp Instant assignedAt) {
        AssignmentView assignment = new AssignmentView(event.reservationId(), event.breadId(), event.baker(),
                event.quantity(), assignedAt);
        if (rows.insertIfAbsent(assignment)) {
            emit(AssignmentChange.made(assignment));
        }
    }

    @EventHandler
    void on(AssignmentDeletedEvent event) {
        rows.delete(event.reservationId());
        emit(AssignmentChange.deleted(event.reservationId()));
    }

    @ResetHandler
    void reset() {
        rows.deleteAll();
    }

    @QueryHandler
    public AssignmentList handle(FindAssignmentsQuery query) {
        AssignmentRows.Slice slice = rows.list(query.page(), Math.min(query.size(), Limits.MAX_PAGE_SIZE));
        return new AssignmentList(slice.assignments(), query.page(), query.size(), slice.total());
    }

    @QueryHandler
    public AssignmentList handle(WatchAssignmentsQuery query) {
        return handle(new FindAssignmentsQuery(0, Math.max(1, query.limit())));
    }

    private void emit(AssignmentChange change) {
        live.push(WatchAssignmentsQuery.class, everyWatcher -> true, () -> change);
    }
}
