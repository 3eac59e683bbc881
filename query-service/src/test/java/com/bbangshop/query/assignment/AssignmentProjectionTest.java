package com.bbangshop.query.assignment;

import com.bbangshop.api.assignment.AssignmentChange;
import com.bbangshop.api.assignment.AssignmentDeletedEvent;
import com.bbangshop.api.assignment.AssignmentList;
import com.bbangshop.api.assignment.AssignmentView;
import com.bbangshop.api.assignment.BakerAssignedEvent;
import com.bbangshop.api.assignment.FindAssignmentsQuery;
import com.bbangshop.api.assignment.WatchAssignmentsQuery;
import com.bbangshop.api.rules.Limits;
import com.bbangshop.query.EventFeed;
import com.bbangshop.query.ReadModelDatabase;
import com.bbangshop.query.live.LiveUpdates;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import static com.bbangshop.query.EventFeed.event;
import static org.assertj.core.api.Assertions.assertThat;

/** The assignments projection without Spring: events in, what the queries answer out, on an in-memory table. */
class AssignmentProjectionTest {

    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00.654321Z");

    private final ReadModelDatabase database = new ReadModelDatabase();
    private final SimpleQueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
    private final AssignmentProjection projection =
            new AssignmentProjection(new AssignmentRows(database.jdbc()), new LiveUpdates(emitter));
    private final EventFeed feed = new EventFeed(projection);

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void anAssignedBakerIsListedFromWhenTheEventHappened() {
        feed.handle(new BakerAssignedEvent("r-1", "bread-1", 2, "Minji"), T0);

        assertThat(list(0, 10)).isEqualTo(new AssignmentList(
                List.of(new AssignmentView("r-1", "bread-1", "Minji", 2, T0)), 0, 10, 1));
    }

    @Test
    void anAssignmentHandledTwiceIsListedAndPushedOnceAsFirstMade() {
        List<AssignmentChange> heard = watch();

        feed.handle(new BakerAssignedEvent("r-1", "bread-1", 2, "Minji"), T0);
        feed.handle(new BakerAssignedEvent("r-1", "bread-1", 2, "Minji"), T0.plusSeconds(1));

        AssignmentView made = new AssignmentView("r-1", "bread-1", "Minji", 2, T0);
        assertThat(list(0, 10).items()).containsExactly(made);
        assertThat(heard).containsExactly(AssignmentChange.made(made));
    }

    @Test
    void aDeletedAssignmentLeavesTheListAndItsWatchersHearOfIt() {
        feed.handle(new BakerAssignedEvent("r-1", "bread-1", 2, "Minji"), T0);
        feed.handle(new BakerAssignedEvent("r-2", "bread-1", 1, "Hana"), T0.plusSeconds(1));
        List<AssignmentChange> heard = watch();

        feed.handle(new AssignmentDeletedEvent("r-1", "Minji"), T0.plusSeconds(2));

        assertThat(list(0, 10).items()).extracting(AssignmentView::reservationId).containsExactly("r-2");
        assertThat(heard).containsExactly(AssignmentChange.deleted("r-1"));
    }

    @Test
    void aDeletionHandledTwiceOrOfAnAssignmentNeverMadeChangesNothing() {
        feed.handle(new BakerAssignedEvent("r-1", "bread-1", 2, "Minji"), T0);
        feed.handle(new BakerAssignedEvent("r-2", "bread-1", 1, "Hana"), T0.plusSeconds(1));

        feed.handle(new AssignmentDeletedEvent("r-1", "Minji"), T0.plusSeconds(2));
        feed.handle(new AssignmentDeletedEvent("r-1", "Minji"), T0.plusSeconds(2));
        feed.handle(new AssignmentDeletedEvent("r-9", null), T0.plusSeconds(3)); // canceled before any baker

        assertThat(list(0, 10)).isEqualTo(new AssignmentList(
                List.of(new AssignmentView("r-2", "bread-1", "Hana", 1, T0.plusSeconds(1))), 0, 10, 1));
    }

    @Test
    void theListIsOldestFirstAndCountsEveryAssignment() {
        feed.handle(new BakerAssignedEvent("r-3", "bread-1", 1, "Minji"), T0.plusSeconds(2));
        feed.handle(new BakerAssignedEvent("r-2", "bread-1", 1, "Hana"), T0.plusSeconds(1));
        feed.handle(new BakerAssignedEvent("r-1", "bread-1", 1, "Minji"), T0.plusSeconds(1)); // same instant as r-2
        feed.handle(new BakerAssignedEvent("r-4", "bread-2", 3, "Jisoo"), T0.plusSeconds(3));

        assertThat(ids(list(0, 10))).containsExactly("r-1", "r-2", "r-3", "r-4");
        assertThat(list(1, 3)).extracting(AssignmentList::items, AssignmentList::page, AssignmentList::size,
                        AssignmentList::total)
                .containsExactly(List.of(new AssignmentView("r-4", "bread-2", "Jisoo", 3, T0.plusSeconds(3))),
                        1, 3, 4L);
        assertThat(list(0, 2).total()).as("counted: the first page is full").isEqualTo(4);
        assertThat(list(3, 2)).as("past the end").extracting(AssignmentList::items, AssignmentList::total)
                .containsExactly(List.of(), 4L);
    }

    @Test
    void aListIsNeverLongerThanTheLargestPageAndTheWatchersStartFromTheOldest() {
        feed.handleInOneBatch(IntStream.rangeClosed(0, Limits.MAX_PAGE_SIZE).<EventMessage<?>>mapToObj(i ->
                event(new BakerAssignedEvent(String.format("r-%03d", i), "bread-1", 1, "Minji"),
                        T0.plusSeconds(i))).toList());

        AssignmentList asked = list(0, Limits.MAX_PAGE_SIZE + 50);
        assertThat(asked.items()).hasSize(Limits.MAX_PAGE_SIZE);
        assertThat(asked.total()).isEqualTo(Limits.MAX_PAGE_SIZE + 1);
        assertThat(ids(projection.handle(new WatchAssignmentsQuery(2)))).containsExactly("r-000", "r-001");
        assertThat(ids(projection.handle(new WatchAssignmentsQuery(0)))).containsExactly("r-000");
    }

    @Test
    void aResetForgetsEveryAssignment() {
        feed.handle(new BakerAssignedEvent("r-1", "bread-1", 2, "Minji"), T0);

        projection.reset();

        assertThat(list(0, 10)).isEqualTo(new AssignmentList(List.of(), 0, 10, 0));
        feed.handle(new BakerAssignedEvent("r-1", "bread-1", 2, "Hana"), T0.plusSeconds(5));
        assertThat(list(0, 10).items()).extracting(AssignmentView::baker).containsExactly("Hana");
    }

    private AssignmentList list(int page, int size) {
        return projection.handle(new FindAssignmentsQuery(page, size));
    }

    private static List<String> ids(AssignmentList list) {
        return list.items().stream().map(AssignmentView::reservationId).toList();
    }

    private List<AssignmentChange> watch() {
        List<AssignmentChange> heard = new CopyOnWriteArrayList<>();
        emitter.registerUpdateHandler(new GenericSubscriptionQueryMessage<>(new WatchAssignmentsQuery(10),
                        ResponseTypes.instanceOf(AssignmentList.class), ResponseTypes.instanceOf(AssignmentChange.class)),
                16).getUpdates().subscribe(update -> heard.add((AssignmentChange) update.getPayload()));
        return heard;
    }
}
