package com.bbangshop.query.waitlist;

import com.bbangshop.api.waitlist.FindWaiterQuery;
import com.bbangshop.api.waitlist.FindWaitlistQuery;
import com.bbangshop.api.waitlist.LoafOfferedEvent;
import com.bbangshop.api.waitlist.OfferAcceptedEvent;
import com.bbangshop.api.waitlist.OfferDeclinedEvent;
import com.bbangshop.api.waitlist.OfferExpiredEvent;
import com.bbangshop.api.waitlist.WaiterStatus;
import com.bbangshop.api.waitlist.WaiterView;
import com.bbangshop.api.waitlist.WaitlistJoinedEvent;
import com.bbangshop.api.waitlist.WaitlistLeftEvent;
import com.bbangshop.query.EventFeed;
import com.bbangshop.query.ReadModelDatabase;
import com.bbangshop.query.live.LiveUpdates;
import com.bbangshop.query.page.InMemoryBreadNames;
import com.bbangshop.query.page.PageBreadNames;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.bbangshop.query.EventFeed.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The waitlist projection without Spring: events in, what the queries answer and the watchers hear out. */
class WaitlistProjectionTest {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00.123456Z");
    private static final Instant HOLD_UNTIL = T0.plusSeconds(600);

    private final ReadModelDatabase database = new ReadModelDatabase();
    private final SimpleQueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
    private final InMemoryBreadNames names = new InMemoryBreadNames();
    private final PageBreadNames breadNames = names.pageBreadNames();
    private final WaitlistProjection projection = projectionOn(database, breadNames, emitter);
    private final EventFeed feed = new EventFeed(projection);

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void aCustomerWhoJoinsWaitsBehindEveryoneWhoJoinedBefore() {
        rememberName();
        joinInOrder("bread-1", "w-1", "w-2");
        feed.handle(joined("bread-2", "w-3"), T0.plusSeconds(5));
        feed.handle(joined("bread-1", "w-4"), T0.plusSeconds(6));

        assertThat(waiter("w-4")).isEqualTo(new WaiterView("w-4", "bread-1", "melon bread", WaiterStatus.WAITING, 3,
                null, null, null, T0.plusSeconds(6), T0.plusSeconds(6)));
        assertThat(waiter("w-3").position()).as("another bread's line").isEqualTo(1);
    }

    @Test
    void anOfferTakesTheFirstOutOfTheWaitingAndMovesEveryoneBehindUp() {
        joinInOrder("bread-1", "w-1", "w-2", "w-3");

        feed.handle(new LoafOfferedEvent("bread-1", "o-1", "w-1", HOLD_UNTIL), T0.plusSeconds(60));

        assertThat(waiter("w-1")).extracting(WaiterView::status, WaiterView::position, WaiterView::offerId,
                WaiterView::holdUntil).containsExactly(WaiterStatus.OFFERED, null, "o-1", HOLD_UNTIL);
        assertThat(waiter("w-2").position()).isEqualTo(1);
        assertThat(waiter("w-3").position()).isEqualTo(2);
    }

    @Test
    void anAcceptedOfferNamesItsReservationAndEndsThePlace() {
        joinInOrder("bread-1", "w-1");
        feed.handle(new LoafOfferedEvent("bread-1", "o-1", "w-1", HOLD_UNTIL), T0.plusSeconds(60));

        feed.handle(new OfferAcceptedEvent("bread-1", "o-1", "w-1", "r-9", "hash", "AB23"), T0.plusSeconds(70));

        assertThat(waiter("w-1")).extracting(WaiterView::status, WaiterView::reservationId, WaiterView::offerId,
                WaiterView::updatedAt).containsExactly(WaiterStatus.ACCEPTED, "r-9", "o-1", T0.plusSeconds(70));
        assertThat(line("bread-1")).isEmpty();
    }

    @Test
    void aDeclinedOrExpiredOfferEndsThePlaceAndALaterEventChangesItNoMore() {
        joinInOrder("bread-1", "w-1", "w-2");
        feed.handle(new LoafOfferedEvent("bread-1", "o-1", "w-1", HOLD_UNTIL), T0.plusSeconds(60));
        feed.handle(new OfferDeclinedEvent("bread-1", "o-1", "w-1"), T0.plusSeconds(61));
        feed.handle(new LoafOfferedEvent("bread-1", "o-2", "w-2", HOLD_UNTIL), T0.plusSeconds(62));
        feed.handle(new OfferExpiredEvent("bread-1", "o-2", "w-2"), T0.plusSeconds(700));

        feed.handle(new WaitlistLeftEvent("bread-1", "w-1"), T0.plusSeconds(800));
        feed.handle(new LoafOfferedEvent("bread-1", "o-1", "w-1", HOLD_UNTIL), T0.plusSeconds(801));

        assertThat(waiter("w-1")).extracting(WaiterView::status, WaiterView::updatedAt)
                .containsExactly(WaiterStatus.DECLINED, T0.plusSeconds(61));
        assertThat(waiter("w-2").status()).isEqualTo(WaiterStatus.EXPIRED);
    }

    @Test
    void theStaffSeeTheLineWithThoseHoldingAnOfferFirstThenTheWaitingByPosition() {
        rememberName();
        joinInOrder("bread-1", "w-1", "w-2", "w-3", "w-4");
        feed.handle(new WaitlistLeftEvent("bread-1", "w-2"), T0.plusSeconds(30));
        feed.handle(new LoafOfferedEvent("bread-1", "o-1", "w-3", HOLD_UNTIL), T0.plusSeconds(60));

        assertThat(line("bread-1")).extracting(WaiterView::waiterId, WaiterView::status, WaiterView::position)
                .containsExactly(tuple("w-3", WaiterStatus.OFFERED, null), tuple("w-1", WaiterStatus.WAITING, 1),
                        tuple("w-4", WaiterStatus.WAITING, 2));
        assertThat(projection.handle(new FindWaitlistQuery("bread-1")).waiters())
                .extracting(WaiterView::breadName).containsOnly("melon bread");
        assertThat(projection.handle(new FindWaiterQuery("nobody"))).isEmpty();
    }

    @Test
    void everyEventHandledTwiceLeavesTheLinesAsHandlingItOnceDid() {
        List<EventMessage<?>> history = List.of(
                event(joined("bread-1", "w-1"), T0),
                event(joined("bread-1", "w-2"), T0.plusSeconds(1)),
                event(joined("bread-1", "w-3"), T0.plusSeconds(2)),
                event(joined("bread-2", "w-4"), T0.plusSeconds(3)),
                event(new LoafOfferedEvent("bread-1", "o-1", "w-1", HOLD_UNTIL), T0.plusSeconds(4)),
                event(new OfferDeclinedEvent("bread-1", "o-1", "w-1"), T0.plusSeconds(5)),
                event(new LoafOfferedEvent("bread-1", "o-2", "w-2", HOLD_UNTIL), T0.plusSeconds(6)),
                event(new OfferAcceptedEvent("bread-1", "o-2", "w-2", "r-1", "hash", "AB23"), T0.plusSeconds(7)),
                event(new WaitlistLeftEvent("bread-2", "w-4"), T0.plusSeconds(8)),
                event(joined("bread-1", "w-5"), T0.plusSeconds(9)));
        history.forEach(once -> feed.handleInOneBatch(List.of(once)));

        try (ReadModelDatabase twiceDatabase = new ReadModelDatabase()) {
            WaitlistProjection twice = projectionOn(twiceDatabase, breadNames, emitter);
            EventFeed twiceFeed = new EventFeed(twice);
            history.forEach(event -> twiceFeed.handleInOneBatch(List.of(event, event)));

            for (String waiterId : List.of("w-1", "w-2", "w-3", "w-4", "w-5")) {
                assertThat(twice.handle(new FindWaiterQuery(waiterId))).as(waiterId)
                        .isEqualTo(projection.handle(new FindWaiterQuery(waiterId)));
            }
            assertThat(twice.handle(new FindWaitlistQuery("bread-1")))
                    .isEqualTo(projection.handle(new FindWaitlistQuery("bread-1")));
        }
        assertThat(line("bread-1")).extracting(WaiterView::waiterId, WaiterView::position)
                .containsExactly(tuple("w-3", 1), tuple("w-5", 2));
    }

    @Test
    void whenSomeoneAheadLeavesEveryWatchedWaiterBehindHearsTheirNewPosition() {
        joinInOrder("bread-1", "w-1", "w-2", "w-3");
        joinInOrder("bread-2", "w-9");
        List<WaiterView> first = watch("w-1");
        List<WaiterView> third = watch("w-3");
        List<WaiterView> otherBread = watch("w-9");

        feed.handle(new WaitlistLeftEvent("bread-1", "w-2"), T0.plusSeconds(30));
        feed.handle(new LoafOfferedEvent("bread-1", "o-1", "w-1", HOLD_UNTIL), T0.plusSeconds(60));

        assertThat(third).extracting(WaiterView::position).containsExactly(2, 1);
        assertThat(first).extracting(WaiterView::status).containsExactly(WaiterStatus.OFFERED);
        assertThat(otherBread).isEmpty();
    }

    @Test
    void aWaiterHearsOfTheirOwnPlaceOnceThoughItsEventCameTwice() {
        List<WaiterView> heard = watch("w-1");

        feed.handleInOneBatch(List.of(event(joined("bread-1", "w-1"), T0), event(joined("bread-1", "w-1"), T0)));
        feed.handle(new LoafOfferedEvent("bread-1", "o-1", "w-1", HOLD_UNTIL), T0.plusSeconds(1));
        feed.handle(new LoafOfferedEvent("bread-1", "o-1", "w-1", HOLD_UNTIL), T0.plusSeconds(1));

        assertThat(heard).extracting(WaiterView::status, WaiterView::position)
                .containsExactly(tuple(WaiterStatus.WAITING, 1), tuple(WaiterStatus.OFFERED, null));
    }

    @Test
    void aResetForgetsEveryLine() {
        joinInOrder("bread-1", "w-1");

        projection.reset();

        assertThat(projection.handle(new FindWaiterQuery("w-1"))).isEmpty();
        assertThat(line("bread-1")).isEmpty();
    }

    private static WaitlistProjection projectionOn(ReadModelDatabase database, PageBreadNames breadNames,
                                                   SimpleQueryUpdateEmitter emitter) {
        WaiterRows rows = new WaiterRows(database.jdbc());
        WaiterViews views = new WaiterViews(rows, breadNames);
        return new WaitlistProjection(rows, views, new WaiterUpdates(views, new LiveUpdates(emitter)));
    }

    private void rememberName() {
        names.remember("bread-1", "melon bread");
    }

    private void joinInOrder(String breadId, String... waiterIds) {
        for (String waiterId : waiterIds) {
            feed.handle(joined(breadId, waiterId), T0);
        }
    }

    private static WaitlistJoinedEvent joined(String breadId, String waiterId) {
        return new WaitlistJoinedEvent(breadId, waiterId, "customer-" + waiterId, "secret-" + waiterId);
    }

    private WaiterView waiter(String waiterId) {
        return projection.handle(new FindWaiterQuery(waiterId)).orElseThrow();
    }

    private List<WaiterView> line(String breadId) {
        return projection.handle(new FindWaitlistQuery(breadId)).waiters();
    }

    private List<WaiterView> watch(String waiterId) {
        List<WaiterView> heard = new CopyOnWriteArrayList<>();
        emitter.registerUpdateHandler(new GenericSubscriptionQueryMessage<>(new FindWaiterQuery(waiterId),
                        ResponseTypes.instanceOf(WaiterView.class), ResponseTypes.instanceOf(WaiterView.class)), 16)
                .getUpdates().subscribe(update -> heard.add((WaiterView) update.getPayload()));
        return heard;
    }
}
