package com.bbangshop.query.live;

import com.bbangshop.api.page.FindReservationQuery;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.UpdateHandlerRegistration;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class LiveUpdatesTest {

    private final SimpleQueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
    private final LiveUpdates live = new LiveUpdates(emitter);
    private final AtomicInteger made = new AtomicInteger();

    @Test
    void anUpdateNobodyWatchesIsNeverMade() {
        watch("someone else's");

        inUnitOfWork(() -> live.push(FindReservationQuery.class, query -> query.reservationId().equals("r-1"),
                update("r-1 confirmed")));

        assertThat(made).hasValue(0);
    }

    @Test
    void aWatcherHearsTheUpdateOnlyOnceTheHandlingCommitted() {
        List<Object> heard = watch("r-1");

        UnitOfWork<?> handling = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("an event"));
        live.push(FindReservationQuery.class, query -> query.reservationId().equals("r-1"), update("r-1 confirmed"));
        assertThat(heard).as("before the commit").isEmpty();
        handling.commit();

        assertThat(heard).containsExactly("r-1 confirmed");
        assertThat(made).hasValue(1);
    }

    @Test
    void aSubscriptionMadeWhileTheEventWasHandledStillHearsOfIt() {
        UnitOfWork<?> handling = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("an event"));
        live.push(FindReservationQuery.class, query -> query.reservationId().equals("r-2"), update("r-2 sold out"));
        List<Object> heard = watch("r-2");
        handling.commit();

        assertThat(heard).containsExactly("r-2 sold out");
    }

    @Test
    void oneUpdateForSeveralKindsOfWatchersIsMadeOnce() {
        List<Object> first = watch("r-3");
        Supplier<String> update = LiveUpdates.once(update("r-3 canceled"));

        inUnitOfWork(() -> {
            live.push(FindReservationQuery.class, query -> query.reservationId().equals("r-3"), update);
            live.push(FindReservationQuery.class, query -> query.reservationId().startsWith("r-"), update);
        });

        assertThat(first).containsExactly("r-3 canceled", "r-3 canceled");
        assertThat(made).hasValue(1);
    }

    @Test
    void updatesPushedWhileOneBatchWasHandledReachTheWatcherInTheOrderTheyWereMade() {
        List<Object> heard = watch("r-5");

        inUnitOfWork(() -> {
            live.push(FindReservationQuery.class, query -> true, update("r-5 requested"));
            live.push(FindReservationQuery.class, query -> true, update("r-5 accepted"));
            live.push(FindReservationQuery.class, query -> true, update("r-5 confirmed"));
        });

        assertThat(heard).containsExactly("r-5 requested", "r-5 accepted", "r-5 confirmed");
    }

    @Test
    void eachWatcherGetsTheirOwnUpdateAndOnlyTheWatchedAreAskedFor() {
        List<Object> first = watch("r-6");
        List<Object> second = watch("r-7");
        List<Set<String>> asked = new CopyOnWriteArrayList<>();

        inUnitOfWork(() -> live.pushEach(FindReservationQuery.class, FindReservationQuery::reservationId, watched -> {
            asked.add(watched);
            return Map.of("r-6", "r-6 is second", "r-7", "r-7 is third", "r-8", "r-8 is fourth");
        }));

        assertThat(asked).containsExactly(Set.of("r-6", "r-7"));
        assertThat(first).containsExactly("r-6 is second");
        assertThat(second).containsExactly("r-7 is third");
    }

    @Test
    void updatesForEachWatcherAreNotAskedForWhenNobodyWatches() {
        List<Set<String>> asked = new CopyOnWriteArrayList<>();

        inUnitOfWork(() -> live.pushEach(FindReservationQuery.class, FindReservationQuery::reservationId, watched -> {
            asked.add(watched);
            return Map.of();
        }));

        assertThat(asked).isEmpty();
    }

    @Test
    void outsideAUnitOfWorkTheUpdateGoesAtOnce() {
        List<Object> heard = watch("r-4");

        live.push(FindReservationQuery.class, query -> query.reservationId().equals("r-4"), update("r-4 picked up"));

        assertThat(heard).containsExactly("r-4 picked up");
    }

    private Supplier<String> update(String text) {
        return () -> {
            made.incrementAndGet();
            return text;
        };
    }

    private List<Object> watch(String reservationId) {
        UpdateHandlerRegistration<Object> registration = emitter.registerUpdateHandler(
                new GenericSubscriptionQueryMessage<>(new FindReservationQuery(reservationId),
                        ResponseTypes.instanceOf(String.class), ResponseTypes.instanceOf(String.class)), 16);
        List<Object> heard = new CopyOnWriteArrayList<>();
        registration.getUpdates().subscribe(update -> heard.add(update.getPayload()));
        return heard;
    }

    private static void inUnitOfWork(Runnable handling) {
        DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("an event")).execute(handling);
    }
}
