package com.bbangshop.query.page;

import com.bbangshop.api.board.BoardCode;
import com.bbangshop.api.board.FindPickupBoardQuery;
import com.bbangshop.api.board.PickupBoard;
import com.bbangshop.api.kitchen.BakerQueue;
import com.bbangshop.api.kitchen.BakerQueueEntry;
import com.bbangshop.api.kitchen.BakerQueues;
import com.bbangshop.api.kitchen.FindBakerQueuesQuery;
import com.bbangshop.api.reservation.ReservationAcceptedEvent;
import com.bbangshop.api.reservation.ReservationCanceledEvent;
import com.bbangshop.api.reservation.ReservationConfirmedEvent;
import com.bbangshop.api.reservation.ReservationExpiredEvent;
import com.bbangshop.api.reservation.ReservationPickedUpEvent;
import com.bbangshop.api.reservation.ReservationPlacedEvent;
import com.bbangshop.api.reservation.ReservationReadyEvent;
import com.bbangshop.api.stock.BreadRegisteredEvent;
import com.bbangshop.query.EventFeed;
import com.bbangshop.query.ReadModelDatabase;
import com.bbangshop.query.live.LiveUpdates;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The pickup board and the bakers' queues, read from pages the pages projection wrote from events. */
class PickupBoardAndQueuesTest {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

    private final ReadModelDatabase database = new ReadModelDatabase();
    private final PageBreadNames names = new InMemoryBreadNames().pageBreadNames();
    private final EventFeed feed = new EventFeed(projection());
    private final PickupBoardListing board = new PickupBoardListing(database.jdbc());
    private final BakerQueueListing queues = new BakerQueueListing(database.jdbc(), names);

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void theBoardShowsCodesBeingBakedAndReadyInTheOrderTheyCameOnIt() {
        confirm("r-1", "AB22", "Minji", 1);
        confirm("r-2", "AB23", "Hana", 2);
        confirm("r-3", "AB24", "Minji", 3);
        ready("r-3", 10);
        ready("r-1", 11);
        feed.handle(placed("r-4"), T0);
        feed.handle(new ReservationAcceptedEvent("r-4", "bread-1", 1, "AB25"), T0);

        assertThat(board.handle(new FindPickupBoardQuery(10))).isEqualTo(new PickupBoard(
                List.of(new BoardCode("AB23", null)),
                List.of(new BoardCode("AB24", pickupBy(10)), new BoardCode("AB22", pickupBy(11)))));
    }

    @Test
    void aCodeLeavesTheBoardOncePickedUpExpiredOrCanceled() {
        confirm("r-1", "AB22", "Minji", 1);
        confirm("r-2", "AB23", "Minji", 2);
        confirm("r-3", "AB24", "Minji", 3);
        ready("r-1", 10);
        ready("r-2", 10);
        feed.handle(new ReservationPickedUpEvent("r-1", "bread-1"), T0.plusSeconds(20));
        feed.handle(new ReservationExpiredEvent("r-2", "bread-1", 1, "AB23"), T0.plusSeconds(20));
        feed.handle(new ReservationCanceledEvent("r-3", "bread-1", 1), T0.plusSeconds(20));

        assertThat(board.handle(new FindPickupBoardQuery(10))).isEqualTo(new PickupBoard(List.of(), List.of()));
        assertThat(queues.handle(new FindBakerQueuesQuery(10)).queues()).isEmpty();
    }

    @Test
    void eachColumnOfTheBoardHoldsAtMostTheLimit() {
        for (int i = 1; i <= 5; i++) {
            confirm("r-" + i, "AB2" + (i + 1), "Minji", i);
        }

        assertThat(board.handle(new FindPickupBoardQuery(2)).baking()).extracting(BoardCode::pickupCode)
                .containsExactly("AB22", "AB23");
    }

    @Test
    void eachBakerSeesWhatToBakeInReservationOrderAndWhatIsReadyByItsDeadline() {
        feed.handle(new BreadRegisteredEvent("bread-1", "melon bread", 10, 2), T0);
        confirm("r-1", "AB22", "Minji", 1);
        confirm("r-2", "AB23", "Hana", 2);
        confirm("r-3", "AB24", "Minji", 3);
        confirm("r-4", "AB25", "Minji", 4);
        ready("r-4", 10);
        ready("r-3", 11);

        BakerQueues answer = queues.handle(new FindBakerQueuesQuery(10));

        assertThat(answer.queues()).extracting(BakerQueue::baker).containsExactly("Hana", "Minji");
        BakerQueue minji = answer.queues().get(1);
        assertThat(minji.toBake()).containsExactly(
                new BakerQueueEntry("r-1", "AB22", "melon bread", 1, null));
        assertThat(minji.ready()).containsExactly(
                new BakerQueueEntry("r-4", "AB25", "melon bread", 1, pickupBy(10)),
                new BakerQueueEntry("r-3", "AB24", "melon bread", 1, pickupBy(11)));
        assertThat(answer.queues().get(0).toBake()).extracting(BakerQueueEntry::reservationId)
                .containsExactly("r-2");
    }

    @Test
    void aBakersListsHoldAtMostTheLimitEach() {
        for (int i = 1; i <= 4; i++) {
            confirm("r-" + i, "AB2" + (i + 1), "Minji", i);
        }
        ready("r-3", 10);
        ready("r-4", 11);

        BakerQueue minji = queues.handle(new FindBakerQueuesQuery(1)).queues().get(0);
        assertThat(minji.toBake()).extracting(BakerQueueEntry::reservationId).containsExactly("r-1");
        assertThat(minji.ready()).extracting(BakerQueueEntry::reservationId).containsExactly("r-3");
    }

    private PageProjection projection() {
        PageListing listing = new PageListing(database.jdbc());
        return new PageProjection(new PageRows(database.jdbc(), listing), listing, names,
                new PageUpdates(names, new LiveUpdates(SimpleQueryUpdateEmitter.builder().build())));
    }

    private void confirm(String reservationId, String pickupCode, String baker, int second) {
        feed.handle(placed(reservationId), T0.plusSeconds(second));
        feed.handle(new ReservationAcceptedEvent(reservationId, "bread-1", 1, pickupCode), T0.plusSeconds(second));
        feed.handle(new ReservationConfirmedEvent(reservationId, "bread-1", baker), T0.plusSeconds(second));
    }

    private void ready(String reservationId, int second) {
        String code = feedCode(reservationId);
        feed.handle(new ReservationReadyEvent(reservationId, "bread-1", code, pickupBy(second)),
                T0.plusSeconds(second));
    }

    private String feedCode(String reservationId) {
        return new PageListing(database.jdbc()).one(reservationId).orElseThrow().pickupCode();
    }

    private static Instant pickupBy(int readyAtSecond) {
        return T0.plusSeconds(readyAtSecond).plusSeconds(1800);
    }

    private static ReservationPlacedEvent placed(String reservationId) {
        return new ReservationPlacedEvent(reservationId, "bread-1", 1, "hash");
    }
}
