package com.bbangshop.query.page;

import com.bbangshop.api.board.BoardColumn;
import com.bbangshop.api.board.FindPickupBoardQuery;
import com.bbangshop.api.board.PickupBoardChange;
import com.bbangshop.api.page.FindReservationQuery;
import com.bbangshop.api.page.FindReservationsQuery;
import com.bbangshop.api.page.ReservationList;
import com.bbangshop.api.page.ReservationView;
import com.bbangshop.api.page.WatchPagesQuery;
import com.bbangshop.api.reservation.PickupDeadlineNearEvent;
import com.bbangshop.api.reservation.ReservationAcceptedEvent;
import com.bbangshop.api.reservation.ReservationCanceledEvent;
import com.bbangshop.api.reservation.ReservationCancellationRequestedEvent;
import com.bbangshop.api.reservation.ReservationConfirmedEvent;
import com.bbangshop.api.reservation.ReservationExpiredEvent;
import com.bbangshop.api.reservation.ReservationFlagClearedEvent;
import com.bbangshop.api.reservation.ReservationFlaggedEvent;
import com.bbangshop.api.reservation.ReservationPickedUpEvent;
import com.bbangshop.api.reservation.ReservationPlacedEvent;
import com.bbangshop.api.reservation.ReservationReadyEvent;
import com.bbangshop.api.reservation.ReservationSoldOutEvent;
import com.bbangshop.api.reservation.ReservationStatus;
import com.bbangshop.api.reservation.SoldOutReservationRecordedEvent;
import com.bbangshop.api.rules.Limits;
import com.bbangshop.api.stock.BreadRegisteredEvent;
import com.bbangshop.query.EventFeed;
import com.bbangshop.query.ReadModelDatabase;
import com.bbangshop.query.live.LiveUpdates;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import static com.bbangshop.query.EventFeed.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pages projection without Spring: events in, what the queries answer out, on an in-memory table. */
class PageProjectionTest {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00.123456Z");

    private final ReadModelDatabase database = new ReadModelDatabase();
    private final InMemoryBreadNames names = new InMemoryBreadNames();
    private final SimpleQueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
    private final PageProjection projection = projectionOn(database, names, emitter);
    private final EventFeed feed = new EventFeed(projection);

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void aPlacedReservationIsRequestedWithItsBreadsName() {
        feed.handle(new BreadRegisteredEvent("bread-1", "melon bread", 10, 2), T0);
        feed.handle(placed("r-1"), T0.plusSeconds(1));

        assertThat(page("r-1")).isEqualTo(new ReservationView("r-1", "bread-1", "melon bread", 2,
                ReservationStatus.REQUESTED, "breadRequested", null, T0.plusSeconds(1), T0.plusSeconds(1), false,
                null, null, null, null));
    }

    @Test
    void eachAnswerMovesThePageOnAndKeepsWhenItWasPlaced() {
        feed.handle(placed("r-1"), T0);
        feed.handle(new ReservationAcceptedEvent("r-1", "bread-1", 2, "AA23"), T0.plusSeconds(1));
        assertThat(page("r-1").status()).isEqualTo(ReservationStatus.ACCEPTED);

        feed.handle(new ReservationConfirmedEvent("r-1", "bread-1", "Minji"), T0.plusSeconds(2));
        assertThat(page("r-1")).extracting(ReservationView::status, ReservationView::baker)
                .containsExactly(ReservationStatus.CONFIRMED, "Minji");

        feed.handle(new ReservationPickedUpEvent("r-1", "bread-1"), T0.plusSeconds(3));
        assertThat(page("r-1")).extracting(ReservationView::status, ReservationView::seedStatus,
                        ReservationView::baker, ReservationView::placedAt, ReservationView::updatedAt)
                .containsExactly(ReservationStatus.PICKED_UP, "pickedUp", "Minji", T0, T0.plusSeconds(3));
    }

    @Test
    void bakedLoavesAreReadyUntilTheirPickupDeadlineAndNobodyComingMakesANoShow() {
        Instant pickupBy = T0.plus(Duration.ofHours(2));
        feed.handle(placed("r-1"), T0);
        feed.handle(new ReservationAcceptedEvent("r-1", "bread-1", 2, "AA23"), T0.plusSeconds(1));
        feed.handle(new ReservationConfirmedEvent("r-1", "bread-1", "Minji"), T0.plusSeconds(2));
        assertThat(page("r-1").pickupBy()).as("not ready yet").isNull();

        feed.handle(new ReservationReadyEvent("r-1", "bread-1", "AA23", pickupBy), T0.plusSeconds(60));
        assertThat(page("r-1")).extracting(ReservationView::status, ReservationView::seedStatus,
                        ReservationView::pickupBy, ReservationView::updatedAt)
                .containsExactly(ReservationStatus.READY, "breadReady", pickupBy, T0.plusSeconds(60));

        feed.handle(new PickupDeadlineNearEvent("r-1", "bread-1", "AA23", pickupBy), T0.plusSeconds(6000));
        assertThat(page("r-1")).extracting(ReservationView::status, ReservationView::updatedAt)
                .as("a warning moves nothing").containsExactly(ReservationStatus.READY, T0.plusSeconds(60));

        feed.handle(new ReservationExpiredEvent("r-1", "bread-1", 2, "AA23"), T0.plus(Duration.ofHours(2)));
        assertThat(page("r-1")).extracting(ReservationView::status, ReservationView::seedStatus,
                        ReservationView::pickupBy, ReservationView::baker)
                .containsExactly(ReservationStatus.NO_SHOW, "noShow", pickupBy, "Minji");
    }

    @Test
    void aPickupDeadlinePushedToWatchersIsTheOneReadLater() {
        feed.handle(placed("r-1"), T0);
        List<Object> watching = watch(new FindReservationQuery("r-1"));

        Instant toTheNanosecond = Instant.parse("2026-11-21T12:00:00.123456789Z");
        feed.handle(new ReservationReadyEvent("r-1", "bread-1", "AA23", toTheNanosecond), T0.plusSeconds(60));

        assertThat(watching).containsExactly(page("r-1"));
        assertThat(page("r-1").pickupBy()).isEqualTo(Instant.parse("2026-11-21T12:00:00.123456Z"));
    }

    @Test
    void readyAndNoShowReservationsAreListedByTheirStatus() {
        for (String id : List.of("r-1", "r-2", "r-3")) {
            feed.handle(placed(id), T0);
            feed.handle(new ReservationAcceptedEvent(id, "bread-1", 2, "C" + id), T0.plusSeconds(1));
            feed.handle(new ReservationConfirmedEvent(id, "bread-1", "Minji"), T0.plusSeconds(2));
        }
        feed.handle(new ReservationReadyEvent("r-1", "bread-1", "Cr-1", T0.plusSeconds(600)), T0.plusSeconds(3));
        feed.handle(new ReservationReadyEvent("r-2", "bread-1", "Cr-2", T0.plusSeconds(600)), T0.plusSeconds(3));
        feed.handle(new ReservationExpiredEvent("r-2", "bread-1", 2, "Cr-2"), T0.plusSeconds(600));

        assertThat(ids(list(0, 10, ReservationStatus.READY, false))).containsExactly("r-1");
        assertThat(ids(list(0, 10, ReservationStatus.NO_SHOW, false))).containsExactly("r-2");
        assertThat(ids(list(0, 10, ReservationStatus.CONFIRMED, false))).containsExactly("r-3");
    }

    @Test
    void aNoShowIsListedAfterTheOpenReservationWithTheSameCode() {
        feed.handle(placed("r-1"), T0.plusSeconds(1));
        feed.handle(new ReservationAcceptedEvent("r-1", "bread-1", 2, "AA23"), T0.plusSeconds(1));
        feed.handle(new ReservationExpiredEvent("r-1", "bread-1", 2, "AA23"), T0.plusSeconds(5));
        feed.handle(placed("r-0"), T0);
        feed.handle(new ReservationAcceptedEvent("r-0", "bread-1", 2, "AA23"), T0.plusSeconds(1));

        ReservationList found = projection.handle(new FindReservationsQuery(0, 10, null, false, "AA23"));
        assertThat(ids(found)).containsExactly("r-0", "r-1");
    }

    @Test
    void theBoardsWatchersHearACodeComeOnMoveToReadyAndLeave() {
        List<Object> board = watch(new FindPickupBoardQuery(10));
        Instant pickupBy = T0.plusSeconds(600);

        feed.handle(placed("r-1"), T0);
        feed.handle(new ReservationAcceptedEvent("r-1", "bread-1", 2, "AA23"), T0.plusSeconds(1));
        feed.handle(new ReservationConfirmedEvent("r-1", "bread-1", "Minji"), T0.plusSeconds(2));
        feed.handle(new ReservationFlaggedEvent("r-1", "bread-1", "ASSIGN_BAKER", 30), T0.plusSeconds(3));
        feed.handle(new ReservationReadyEvent("r-1", "bread-1", "AA23", pickupBy), T0.plusSeconds(4));
        feed.handle(new ReservationPickedUpEvent("r-1", "bread-1"), T0.plusSeconds(5));

        assertThat(board).containsExactly(new PickupBoardChange("AA23", BoardColumn.BAKING, null),
                new PickupBoardChange("AA23", BoardColumn.BAKING, null),
                new PickupBoardChange("AA23", BoardColumn.READY, pickupBy),
                new PickupBoardChange("AA23", null, null));
    }

    @Test
    void aCodeLeavesTheBoardWhenItsReservationExpiresOrIsCanceled() {
        feed.handle(placed("r-1"), T0);
        feed.handle(new ReservationAcceptedEvent("r-1", "bread-1", 2, "AA23"), T0);
        feed.handle(new ReservationConfirmedEvent("r-1", "bread-1", "Minji"), T0);
        feed.handle(placed("r-2"), T0);
        feed.handle(new ReservationAcceptedEvent("r-2", "bread-1", 2, "AA24"), T0);
        feed.handle(new ReservationReadyEvent("r-2", "bread-1", "AA24", T0), T0);
        List<Object> board = watch(new FindPickupBoardQuery(10));

        feed.handle(new ReservationCancellationRequestedEvent("r-1", "bread-1", 2, ReservationStatus.CONFIRMED), T0);
        feed.handle(new ReservationCanceledEvent("r-1", "bread-1", 2), T0);
        feed.handle(new ReservationExpiredEvent("r-2", "bread-1", 2, "AA24"), T0);

        assertThat(board).containsExactly(new PickupBoardChange("AA23", null, null),
                new PickupBoardChange("AA23", null, null), new PickupBoardChange("AA24", null, null));
    }

    @Test
    void aCancellationIsRequestedAndThenDone() {
        feed.handle(placed("r-1"), T0);
        feed.handle(new ReservationAcceptedEvent("r-1", "bread-1", 2, "AA23"), T0.plusSeconds(1));
        feed.handle(new ReservationCancellationRequestedEvent("r-1", "bread-1", 2, ReservationStatus.ACCEPTED),
                T0.plusSeconds(2));
        assertThat(page("r-1").status()).isEqualTo(ReservationStatus.CANCELLATION_REQUESTED);

        feed.handle(new ReservationCanceledEvent("r-1", "bread-1", 2), T0.plusSeconds(3));
        assertThat(page("r-1")).extracting(ReservationView::status, ReservationView::updatedAt)
                .containsExactly(ReservationStatus.CANCELED, T0.plusSeconds(3));
    }

    @Test
    void aFlagMarksThePageForStaffWithoutMovingItAndIsClearedAgain() {
        feed.handle(placed("r-1"), T0);
        feed.handle(new ReservationFlaggedEvent("r-1", "bread-1", "ASSIGN_BAKER", 30), T0.plusSeconds(30));

        assertThat(page("r-1")).extracting(ReservationView::flagged, ReservationView::flaggedStep,
                        ReservationView::flaggedAt, ReservationView::status, ReservationView::updatedAt)
                .containsExactly(true, "ASSIGN_BAKER", T0.plusSeconds(30), ReservationStatus.REQUESTED, T0);

        feed.handle(new ReservationFlagClearedEvent("r-1", "bread-1"), T0.plusSeconds(31));
        assertThat(page("r-1")).extracting(ReservationView::flagged, ReservationView::flaggedStep,
                ReservationView::flaggedAt).containsExactly(false, null, null);
    }

    @Test
    void aPlacedReservationFoundSoldOutMovesToSoldOut() {
        feed.handle(placed("r-1"), T0);
        feed.handle(new ReservationSoldOutEvent("r-1", "bread-1", 2), T0.plusSeconds(1));

        assertThat(page("r-1")).extracting(ReservationView::status, ReservationView::placedAt,
                ReservationView::updatedAt).containsExactly(ReservationStatus.SOLD_OUT, T0, T0.plusSeconds(1));
    }

    @Test
    void aReservationBornSoldOutHasOnePageWhicheverOfItsTwoEventsComesFirst() {
        feed.handle(new ReservationSoldOutEvent("r-1", "bread-1", 2), T0);
        feed.handle(new SoldOutReservationRecordedEvent("r-1", "bread-1", 2), T0.plusSeconds(1));
        feed.handle(new SoldOutReservationRecordedEvent("r-2", "bread-1", 1), T0.plusSeconds(2));

        assertThat(page("r-1")).extracting(ReservationView::status, ReservationView::placedAt,
                ReservationView::updatedAt).containsExactly(ReservationStatus.SOLD_OUT, T0, T0);
        assertThat(page("r-2")).extracting(ReservationView::status, ReservationView::quantity)
                .containsExactly(ReservationStatus.SOLD_OUT, 1);
        assertThat(list(0, 10, null, false).total()).isEqualTo(2);
    }

    @Test
    void aPageShowsItsBreadsNameEvenWhenTheBreadWasRegisteredAfterTheReservation() {
        feed.handle(placed("r-1"), T0);
        assertThat(page("r-1").breadName()).as("not registered yet").isNull();

        feed.handle(new BreadRegisteredEvent("bread-1", "melon bread", 10, 2), T0.plusSeconds(1));

        assertThat(page("r-1").breadName()).isEqualTo("melon bread");
        assertThat(list(0, 10, null, false).items()).extracting(ReservationView::breadName)
                .containsExactly("melon bread");
    }

    @Test
    void everyEventHandledTwiceLeavesThePagesAsHandlingItOnceDid() {
        List<EventMessage<?>> history = List.of(
                event(new BreadRegisteredEvent("bread-1", "melon bread", 10, 2), T0),
                event(placed("r-1"), T0.plusSeconds(1)),
                event(new ReservationAcceptedEvent("r-1", "bread-1", 2, "AA23"), T0.plusSeconds(2)),
                event(new ReservationFlaggedEvent("r-1", "bread-1", "ASSIGN_BAKER", 30), T0.plusSeconds(3)),
                event(new ReservationConfirmedEvent("r-1", "bread-1", "Minji"), T0.plusSeconds(4)),
                event(new ReservationFlagClearedEvent("r-1", "bread-1"), T0.plusSeconds(5)),
                event(new ReservationCancellationRequestedEvent("r-1", "bread-1", 2, ReservationStatus.CONFIRMED),
                        T0.plusSeconds(6)),
                event(new ReservationCanceledEvent("r-1", "bread-1", 2), T0.plusSeconds(7)),
                event(placed("r-2"), T0.plusSeconds(8)),
                event(new ReservationAcceptedEvent("r-2", "bread-1", 2, "AA23"), T0.plusSeconds(9)),
                event(new ReservationConfirmedEvent("r-2", "bread-1", "Hana"), T0.plusSeconds(10)),
                event(new ReservationPickedUpEvent("r-2", "bread-1"), T0.plusSeconds(11)),
                event(placed("r-3"), T0.plusSeconds(12)),
                event(new ReservationSoldOutEvent("r-3", "bread-1", 2), T0.plusSeconds(13)),
                event(new ReservationSoldOutEvent("r-4", "bread-1", 1), T0.plusSeconds(14)),
                event(new SoldOutReservationRecordedEvent("r-4", "bread-1", 1), T0.plusSeconds(15)),
                event(placed("r-5"), T0.plusSeconds(16)),
                event(new ReservationAcceptedEvent("r-5", "bread-1", 2, "AA25"), T0.plusSeconds(17)),
                event(new ReservationConfirmedEvent("r-5", "bread-1", "Hana"), T0.plusSeconds(18)),
                event(new ReservationReadyEvent("r-5", "bread-1", "AA25", T0.plusSeconds(3600)), T0.plusSeconds(19)),
                event(new PickupDeadlineNearEvent("r-5", "bread-1", "AA25", T0.plusSeconds(3600)),
                        T0.plusSeconds(3000)),
                event(new ReservationExpiredEvent("r-5", "bread-1", 2, "AA25"), T0.plusSeconds(3600)));
        history.forEach(once -> feed.handleInOneBatch(List.of(once)));

        try (ReadModelDatabase twiceDatabase = new ReadModelDatabase()) {
            PageProjection twice = projectionOn(twiceDatabase, new InMemoryBreadNames(), emitter);
            EventFeed twiceFeed = new EventFeed(twice);
            history.forEach(event -> {
                twiceFeed.handleInOneBatch(List.of(event));
                twiceFeed.handleInOneBatch(List.of(event));
            });

            FindReservationsQuery all = new FindReservationsQuery(0, 10, null);
            assertThat(twice.handle(all)).isEqualTo(projection.handle(all));
            assertThat(twice.handle(all).total()).isEqualTo(5);
        }
    }

    @Test
    void aNewPageIsPushedToItsWatchersOnceThoughItsEventCameTwice() {
        List<Object> watching = watch(new FindReservationQuery("r-1"));
        List<Object> watchingAll = watch(new WatchPagesQuery(10));

        feed.handle(placed("r-1"), T0);
        feed.handle(placed("r-1"), T0);
        feed.handle(new ReservationAcceptedEvent("r-1", "bread-1", 2, "AA23"), T0.plusSeconds(1));

        assertThat(watching).extracting(view -> ((ReservationView) view).status())
                .containsExactly(ReservationStatus.REQUESTED, ReservationStatus.ACCEPTED);
        assertThat(watchingAll).hasSize(2);
    }

    @Test
    void anAnswerForAReservationWithoutAPageChangesNothing() {
        feed.handle(new ReservationAcceptedEvent("r-1", "bread-1", 2, "AA23"), T0);
        feed.handle(new ReservationConfirmedEvent("r-1", "bread-1", "Minji"), T0);
        feed.handle(new ReservationFlaggedEvent("r-1", "bread-1", "ASSIGN_BAKER", 30), T0);

        assertThat(projection.handle(new FindReservationQuery("r-1"))).isEmpty();
        assertThat(list(0, 10, null, false).total()).isZero();
    }

    @Test
    void aSoldLoafsEventsInOneBatchEndAsTheLastOfThemSaysAndAFailedBatchLeavesNoTrace() {
        feed.handleInOneBatch(List.of(event(placed("r-1"), T0),
                event(new ReservationAcceptedEvent("r-1", "bread-1", 2, "AA23"), T0.plusSeconds(1)),
                event(new ReservationConfirmedEvent("r-1", "bread-1", "Minji"), T0.plusSeconds(2))));
        assertThat(page("r-1")).extracting(ReservationView::status, ReservationView::baker)
                .containsExactly(ReservationStatus.CONFIRMED, "Minji");

        assertThatThrownBy(() -> feed.handleInOneBatch(List.of(
                event(new ReservationPickedUpEvent("r-1", "bread-1"), T0.plusSeconds(3)),
                event(placed(null), T0.plusSeconds(3))))).as("a batch whose second event fails")
                .isInstanceOf(DataIntegrityViolationException.class);

        assertThat(page("r-1").status()).isEqualTo(ReservationStatus.CONFIRMED);
    }

    @Test
    void theListIsNewestFirstFilteredByStatusAndFlagAndCountsWhatMatches() {
        for (int i = 1; i <= 5; i++) {
            feed.handle(placed("r-" + i), T0.plusSeconds(i));
        }
        feed.handle(placed("r-0"), T0.plusSeconds(5)); // placed in the same instant as r-5
        feed.handle(new ReservationAcceptedEvent("r-2", "bread-1", 2, "AA23"), T0.plusSeconds(10));
        feed.handle(new ReservationAcceptedEvent("r-4", "bread-1", 2, "AA23"), T0.plusSeconds(10));
        feed.handle(new ReservationFlaggedEvent("r-4", "bread-1", "ASSIGN_BAKER", 30), T0.plusSeconds(40));
        feed.handle(new ReservationFlaggedEvent("r-1", "bread-1", "DECIDE_STOCK", 30), T0.plusSeconds(40));

        assertThat(ids(list(0, 10, null, false))).containsExactly("r-0", "r-5", "r-4", "r-3", "r-2", "r-1");
        assertThat(ids(list(0, 10, ReservationStatus.ACCEPTED, false))).containsExactly("r-4", "r-2");
        assertThat(ids(list(0, 10, null, true))).containsExactly("r-4", "r-1");
        assertThat(ids(list(0, 10, ReservationStatus.ACCEPTED, true))).containsExactly("r-4");
        assertThat(list(0, 10, ReservationStatus.CANCELED, false)).isEqualTo(new ReservationList(List.of(), 0, 10, 0));

        ReservationList second = list(1, 4, null, false);
        assertThat(ids(second)).containsExactly("r-2", "r-1");
        assertThat(second).extracting(ReservationList::page, ReservationList::size, ReservationList::total)
                .containsExactly(1, 4, 6L);
        assertThat(list(0, 2, null, false).total()).as("counted: the first page is full").isEqualTo(6);
        assertThat(list(1, 3, null, false).total()).as("counted: the second page is full").isEqualTo(6);
        assertThat(list(5, 3, null, false).total()).as("counted: past the end").isEqualTo(6);
        assertThat(list(0, 3, ReservationStatus.ACCEPTED, false).total()).isEqualTo(2);
    }

    @Test
    void aListIsNeverLongerThanTheLargestPageAndTheWatchersSeeTheNewest() {
        feed.handleInOneBatch(IntStream.rangeClosed(0, Limits.MAX_PAGE_SIZE)
                .<EventMessage<?>>mapToObj(i -> event(placed(String.format("r-%03d", i)), T0.plusSeconds(i)))
                .toList());

        ReservationList asked = list(0, Limits.MAX_PAGE_SIZE + 50, null, false);
        assertThat(asked.items()).hasSize(Limits.MAX_PAGE_SIZE);
        assertThat(asked.total()).isEqualTo(Limits.MAX_PAGE_SIZE + 1);
        assertThat(ids(projection.handle(new WatchPagesQuery(2)))).containsExactly("r-200", "r-199");
        assertThat(ids(projection.handle(new WatchPagesQuery(0)))).containsExactly("r-200");
    }

    @Test
    void aResetForgetsEveryPageAndBreadName() {
        feed.handle(new BreadRegisteredEvent("bread-1", "melon bread", 10, 2), T0);
        feed.handle(placed("r-1"), T0);

        projection.reset();

        assertThat(list(0, 10, null, false).total()).isZero();
        feed.handle(placed("r-1"), T0);
        assertThat(page("r-1").breadName()).isNull();
    }

    private static PageProjection projectionOn(ReadModelDatabase database, InMemoryBreadNames names,
                                               SimpleQueryUpdateEmitter emitter) {
        PageListing listing = new PageListing(database.jdbc());
        PageBreadNames breadNames = names.pageBreadNames();
        return new PageProjection(new PageRows(database.jdbc(), listing), listing, breadNames,
                new PageUpdates(breadNames, new LiveUpdates(emitter)));
    }

    private static ReservationPlacedEvent placed(String reservationId) {
        return new ReservationPlacedEvent(reservationId, "bread-1", 2, "hash");
    }

    private ReservationView page(String reservationId) {
        return projection.handle(new FindReservationQuery(reservationId)).orElseThrow();
    }

    private ReservationList list(int page, int size, ReservationStatus status, boolean flaggedOnly) {
        return projection.handle(new FindReservationsQuery(page, size, status, flaggedOnly));
    }

    private static List<String> ids(ReservationList list) {
        return list.items().stream().map(ReservationView::reservationId).toList();
    }

    private List<Object> watch(Object query) {
        List<Object> heard = new CopyOnWriteArrayList<>();
        emitter.registerUpdateHandler(new GenericSubscriptionQueryMessage<>(query,
                        ResponseTypes.instanceOf(Object.class), ResponseTypes.instanceOf(Object.class)), 16)
                .getUpdates().subscribe(update -> heard.add(update.getPayload()));
        return heard;
    }
}
