package com.bbangshop.query.live;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Pushes a projection's change to the subscription queries that watch it, and makes the update only if one does.
 * Axon's emitter builds every update message first, with the correlation data of the event being handled (its
 * metadata deserialized for it), and looks for a subscriber after: in a flash sale nearly nobody watches any one
 * reservation, and the pages projection spent a fifth of its time on updates for no one. Like Axon's emitter, it
 * looks after the commit, so a subscription made while the event was being handled still hears of it.
 */
@Component
public class LiveUpdates {

    private static final String PUSHES = LiveUpdates.class.getName() + ".pushes";

    private final QueryUpdateEmitter emitter;

    public LiveUpdates(QueryUpdateEmitter emitter) {
        this.emitter = emitter;
    }

    /** The update is made at most once, and only if someone watches; it may be made after the handler returned. */
    public <Q, U> void push(Class<Q> queryType, Predicate<? super Q> filter, Supplier<U> update) {
        afterCommit(() -> {
            if (anyWatching(queryType, filter)) {
                emitter.emit(queryType, filter, update.get());
            }
        });
    }

    /**
     * Updates for watchers who each want their own (a place in line): {@code updates} is asked, after the commit,
     * only for the keys someone watches, and may leave out those it has nothing for.
     */
    public <Q, K, U> void pushEach(Class<Q> queryType, Function<? super Q, K> key,
                                   Function<Set<K>, Map<K, U>> updates) {
        afterCommit(() -> {
            Set<K> watched = new HashSet<>();
            for (SubscriptionQueryMessage<?, ?, ?> subscription : emitter.activeSubscriptions()) {
                if (queryType.isAssignableFrom(subscription.getPayloadType())) {
                    watched.add(key.apply(queryType.cast(subscription.getPayload())));
                }
            }
            if (!watched.isEmpty()) {
                updates.apply(watched).forEach((watchedKey, update) ->
                        emitter.emit(queryType, query -> watchedKey.equals(key.apply(query)), update));
            }
        });
    }

    private boolean anyWatching(Class<?> queryType, Predicate<?> filter) {
        @SuppressWarnings("unchecked") Predicate<Object> test = (Predicate<Object>) filter;
        for (SubscriptionQueryMessage<?, ?, ?> subscription : emitter.activeSubscriptions()) {
            if (queryType.isAssignableFrom(subscription.getPayloadType()) && test.test(subscription.getPayload())) {
                return true;
            }
        }
        return false;
    }

    /** The same supplier, remembering what it made: for one update pushed to several kinds of watchers. */
    public static <U> Supplier<U> once(Supplier<U> update) {
        return new Supplier<>() {
            private U made;

            @Override
            public U get() {
                if (made == null) {
                    made = update.get();
                }
                return made;
            }
        };
    }

    /**
     * One after-commit handler per unit of work runs its pushes in the order they were made, as Axon's emitter does:
     * Axon calls a unit of work's after-commit handlers last-registered first, and a watcher coalescing a batch's
     * updates would keep the oldest.
     */
    private static void afterCommit(Runnable push) {
        if (!CurrentUnitOfWork.isStarted() || CurrentUnitOfWork.get().phase() != UnitOfWork.Phase.STARTED) {
            push.run();
            return;
        }
        UnitOfWork<?> handling = CurrentUnitOfWork.get();
        handling.<List<Runnable>>getOrComputeResource(PUSHES, key -> {
            List<Runnable> pushes = new ArrayList<>();
            handling.afterCommit(committed -> pushes.forEach(Runnable::run));
            return pushes;
        }).add(push);
    }
}
