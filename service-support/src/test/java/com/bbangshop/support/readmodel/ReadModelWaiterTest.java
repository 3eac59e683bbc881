package com.bbangshop.support.readmodel;

import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The wait against Axon's own in-memory query bus, with a read model of loaves kept in a map. */
class ReadModelWaiterTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    record FindLoaf(String loafId) {
    }

    record Loaf(String loafId, String state) {
    }

    private final Map<String, Loaf> shelf = new ConcurrentHashMap<>();
    private final SimpleQueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
    private final SimpleQueryBus queryBus = SimpleQueryBus.builder().queryUpdateEmitter(emitter).build();
    private final ReadModelWaiter waiter = new ReadModelWaiter(DefaultQueryGateway.builder().queryBus(queryBus).build());

    ReadModelWaiterTest() {
        queryBus.subscribe(FindLoaf.class.getName(), Loaf.class,
                query -> shelf.get(((FindLoaf) query.getPayload()).loafId()));
    }

    @Test
    void aViewTheReadModelShowsAlreadyAnswersAtOnce() {
        shelf.put("loaf-1", new Loaf("loaf-1", "baked"));

        assertThat(waiter.await(new FindLoaf("loaf-1"), Loaf.class, loaf -> true, WAIT).join())
                .contains(new Loaf("loaf-1", "baked"));
        assertThat(emitter.activeSubscriptions()).as("closed").isEmpty();
    }

    @Test
    void theViewIsReadAgainAfterTheCommandSoAChangeWithoutAnUpdateCounts() {
        shelf.put("loaf-1", new Loaf("loaf-1", "rising"));

        Optional<Loaf> seen = waiter.sendAndAwait(new FindLoaf("loaf-1"), Loaf.class, () -> {
            shelf.put("loaf-1", new Loaf("loaf-1", "baked"));
            return CompletableFuture.completedFuture(null);
        }, loaf -> loaf.state().equals("baked"), WAIT).join();

        assertThat(seen).contains(new Loaf("loaf-1", "baked"));
    }

    @Test
    void anUpdateMadeWhileTheCommandRanCannotSlipPastAndOnlyTheWantedOneAnswers() {
        CompletableFuture<Optional<Loaf>> seen = waiter.sendAndAwait(new FindLoaf("loaf-1"), Loaf.class, () -> {
            update(new Loaf("loaf-1", "rising")); // before the command's answer, and never in the read model
            update(new Loaf("loaf-1", "baked"));
            return CompletableFuture.completedFuture(null);
        }, loaf -> loaf.state().equals("baked"), WAIT);

        assertThat(seen.join()).contains(new Loaf("loaf-1", "baked"));
        assertThat(emitter.activeSubscriptions()).as("closed").isEmpty();
    }

    @Test
    void anUpdateAfterTheCommandAnsweredIsWaitedFor() {
        CompletableFuture<Optional<Loaf>> seen = waiter.sendAndAwait(new FindLoaf("loaf-1"), Loaf.class,
                () -> CompletableFuture.completedFuture(null), loaf -> true, WAIT);
        assertThat(seen).isNotDone();

        CompletableFuture.runAsync(() -> update(new Loaf("loaf-1", "baked")),
                CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS));

        assertThat(seen.join()).contains(new Loaf("loaf-1", "baked"));
    }

    @Test
    void nothingShownInTimeIsAnEmptyAnswerAndTheSubscriptionIsClosed() {
        shelf.put("loaf-1", new Loaf("loaf-1", "rising"));

        assertThat(waiter.await(new FindLoaf("loaf-1"), Loaf.class, loaf -> loaf.state().equals("baked"),
                Duration.ofMillis(100)).join()).isEmpty();
        assertThat(waiter.await(new FindLoaf("loaf-2"), Loaf.class, loaf -> true, Duration.ofMillis(100)).join())
                .as("not in the read model at all").isEmpty();
        assertThat(emitter.activeSubscriptions()).isEmpty();
    }

    @Test
    void aReadModelThatCannotAnswerIsAnEmptyAnswerNotAnError() {
        record FindNothingKnown(String id) {
        }

        assertThat(waiter.await(new FindNothingKnown("x"), Loaf.class, loaf -> true, WAIT).join()).isEmpty();
    }

    @Test
    void aFailedCommandFailsTheWaitAndClosesTheSubscription() {
        IllegalStateException refused = new IllegalStateException("the oven is cold");

        CompletableFuture<Optional<Loaf>> seen = waiter.sendAndAwait(new FindLoaf("loaf-1"), Loaf.class,
                () -> CompletableFuture.failedFuture(refused), loaf -> true, WAIT);

        assertThatThrownBy(seen::join).isInstanceOf(CompletionException.class).hasCause(refused);
        assertThat(emitter.activeSubscriptions()).isEmpty();
    }

    @Test
    void runningOnTheCallersThreadWaitsThereAndThrowsTheCommandsFailureAsItIs() {
        AtomicReference<Thread> ranOn = new AtomicReference<>();

        Optional<Loaf> seen = waiter.runAndAwait(new FindLoaf("loaf-1"), Loaf.class, () -> {
            ranOn.set(Thread.currentThread());
            update(new Loaf("loaf-1", "baked"));
        }, loaf -> true, WAIT);

        assertThat(seen).contains(new Loaf("loaf-1", "baked"));
        assertThat(ranOn).hasValue(Thread.currentThread());
        IllegalStateException refused = new IllegalStateException("the oven is cold");
        assertThatThrownBy(() -> waiter.runAndAwait(new FindLoaf("loaf-2"), Loaf.class, () -> {
            throw refused;
        }, loaf -> true, WAIT)).isSameAs(refused);
        assertThat(emitter.activeSubscriptions()).isEmpty();
    }

    private void update(Loaf loaf) {
        emitter.emit(FindLoaf.class, query -> query.loafId().equals(loaf.loafId()), loaf);
    }
}
