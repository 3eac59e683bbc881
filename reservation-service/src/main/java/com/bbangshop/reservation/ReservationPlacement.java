package com.bbangshop.reservation;

import com.bbangshop.api.reservation.PlaceReservationCommand;
import com.bbangshop.api.rules.BusinessRuleException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * The customer's request owns the stock decision: it places the reservation, asks the bakery and records the answer,
 * so the customer hears "you have one" or "sold out" in the answer. A request that comes after the last loaf ends
 * sooner, as a reservation born sold out. Everything after the decision is the reservation saga's (see
 * ReservationSaga, which also lists every step and its owner).
 * <p>
 * Requests that arrive while the placement threads are busy are placed together ({@link GroupPlacement}: the bakery
 * decides each bread's requests in one command), in one unit of work: where the command bus runs commands inside
 * their sender's unit of work (one JVM), that is one transaction and one commit for the whole group. Apart, the
 * commands are round trips to other services and the unit of work holds no transaction, so no placement thread holds
 * a database connection while it waits. If a request fails on the way, or the group's commit fails, the group is
 * rolled back and each of its requests placed again on its own, so one failure only ever fails its own request.
 */
@Component
public class ReservationPlacement implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReservationPlacement.class);
    // a group's bread locks are taken in this order, so two groups never wait for each other's breads
    private static final Comparator<Waiting> BY_BREAD = Comparator.comparing(waiting -> waiting.command.breadId());

    private final GroupPlacement groupPlacement;
    private final Duration timeout;
    private final int maxGroup;
    private final BlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
    private final ExecutorService placers;
    /**
     * One timer for every request's wait for its turn. CompletableFuture's own delayed executor hands each expiry to
     * the common pool, and where that pool has a single thread (two cores) to a new thread per task: a thread started
     * and ended for every request, 3 s after it, even when there was nothing left to time out.
     */
    private final ScheduledThreadPoolExecutor turnTimeouts;

    @Autowired
    public ReservationPlacement(CommandGateway commandGateway, ReservationProperties properties) {
        this(commandGateway, properties.decisionTimeout(), properties.placementThreads(), properties.placementGroup());
    }

    ReservationPlacement(CommandGateway commandGateway, Duration timeout, int threads, int maxGroup) {
        if (threads < 1 || maxGroup < 1) {
            throw new IllegalArgumentException("placement-threads and placement-group must be at least 1");
        }
        this.groupPlacement = new GroupPlacement(commandGateway, timeout);
        this.timeout = timeout;
        this.maxGroup = maxGroup;
        this.placers = Executors.newFixedThreadPool(threads, new AxonThreadFactory("placements"));
        this.turnTimeouts = new ScheduledThreadPoolExecutor(1, new AxonThreadFactory("placement-timeouts"));
        // a request taken in time takes its timeout off the queue, so the queue holds only the requests still waiting
        turnTimeouts.setRemoveOnCancelPolicy(true);
        for (int i = 0; i < threads; i++) {
            placers.execute(this::placeWhatArrives);
        }
    }

    /**
     * Completes with the recorded decision; exceptionally if the placement is refused, failed, could not start within
     * the decision timeout (the customer hears "busy, try again"), or got no decision from the bakery in time (then
     * nothing is held for the customer: the saga abandons the undecided reservation). Once a placement has started,
     * its answer is awaited, whatever it takes: an answer given before its unit of work ends could promise a
     * reservation that then is not there.
     */
    public CompletableFuture<ReservationDecision> place(PlaceReservationCommand command) {
        Waiting waiting = new Waiting(command);
        try {
            waiting.timeout = turnTimeouts.schedule(() -> {
                if (waiting.taken.compareAndSet(false, true)) {
                    waiting.answer.completeExceptionally(new ReservationBusyException(
                            "bbangshop is very busy right now: the reservation was not placed; try again in a moment"));
                }
            }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            return CompletableFuture.failedFuture(new ReservationBusyException(
                    "bbangshop is shutting down: the reservation was not placed; try again in a moment"));
        }
        queue.add(waiting);
        return waiting.answer;
    }

    private void placeWhatArrives() {
        List<Waiting> arrived = new ArrayList<>(maxGroup);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                arrived.add(queue.take());
            } catch (InterruptedException stopping) {
                return;
            }
            queue.drainTo(arrived, maxGroup - 1);
            // a request that gave up waiting for its turn was told that nothing was placed: it must not be
            List<Waiting> group = arrived.stream().filter(Waiting::takeInTime).sorted(BY_BREAD).toList();
            arrived.clear();
            if (group.isEmpty()) {
                continue;
            }
            try {
                Set<String> created = ConcurrentHashMap.newKeySet();
                Throwable failed = placeInOneUnitOfWork(group, created);
                if (failed != null) {
                    log.debug("a group of {} placements was rolled back ({}); placing each on its own",
                            group.size(), failed.toString());
                    group.forEach(waiting -> placeAlone(waiting, created));
                }
            } catch (Throwable unexpected) { // whatever one group met, the placement threads must go on
                log.error("placing {} reservations failed", group.size(), unexpected);
                group.forEach(waiting -> waiting.answer.completeExceptionally(
                        new ReservationNotPlacedException(unexpected)));
            }
        }
    }

    /**
     * The group's failure if its unit of work was rolled back, with nothing answered; null once all are answered. A
     * request that failed on the way rolls the group back, so that in one JVM it leaves nothing behind; a refusal, or
     * a bakery that did not decide in time, is that request's answer and leaves the others as they are.
     */
    private Throwable placeInOneUnitOfWork(List<Waiting> group, Set<String> created) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(new GenericMessage<>(group.get(0).command));
        ResultMessage<List<CompletableFuture<ReservationDecision>>> result = unitOfWork.executeWithResult(() -> {
            List<CompletableFuture<ReservationDecision>> answers = new ArrayList<>(group.size());
            // bread by bread in the order of the group, which is the order of the breads' locks
            group.stream().collect(Collectors.groupingBy(waiting -> waiting.command.breadId(), TreeMap::new,
                            Collectors.mapping(waiting -> waiting.command, Collectors.toList())))
                    .forEach((breadId, commands) -> answers.addAll(groupPlacement.place(breadId, commands, created)));
            for (CompletableFuture<ReservationDecision> answer : answers) {
                Throwable failure = answer.isCompletedExceptionally() ? GroupPlacement.causeOf(answer) : null;
                if (failure != null && !(failure instanceof NoStockDecisionException || isRefusal(failure))) {
                    throw new GroupFailedException(failure);
                }
            }
            return answers;
        });
        if (result.isExceptional()) {
            Throwable failure = result.exceptionResult();
            return failure instanceof GroupFailedException failed ? failed.getCause() : failure;
        }
        for (int i = 0; i < group.size(); i++) {
            CompletableFuture<ReservationDecision> answer = result.getPayload().get(i);
            if (answer.isCompletedExceptionally()) {
                group.get(i).answer.completeExceptionally(GroupPlacement.failureOf(answer));
            } else {
                group.get(i).answer.complete(answer.join());
            }
        }
        return null;
    }

    private static boolean isRefusal(Throwable failure) {
        return failure instanceof CommandExecutionException || failure instanceof BusinessRuleException;
    }

    private void placeAlone(Waiting waiting, Set<String> created) {
        Throwable failed = placeInOneUnitOfWork(List.of(waiting), created);
        if (failed != null) {
            waiting.answer.completeExceptionally(failed instanceof ReservationNotPlacedException
                    ? failed : new ReservationNotPlacedException(failed));
        }
    }

    @Override
    public void destroy() {
        placers.shutdownNow();
        turnTimeouts.shutdownNow();
        for (Waiting left; (left = queue.poll()) != null; ) {
            if (left.taken.compareAndSet(false, true)) {
                left.answer.completeExceptionally(new ReservationBusyException(
                        "bbangshop is shutting down: the reservation was not placed; try again in a moment"));
            }
        }
    }

    /** Rolls back a group's unit of work for a request that failed on the way. */
    private static final class GroupFailedException extends RuntimeException {
        GroupFailedException(Throwable cause) {
            super(cause);
        }
    }

    /** A request waiting for its placement; taken once, by a placement thread or by the timeout. */
    private static final class Waiting {
        final PlaceReservationCommand command;
        final CompletableFuture<ReservationDecision> answer = new CompletableFuture<>();
        final AtomicBoolean taken = new AtomicBoolean();
        volatile ScheduledFuture<?> timeout;

        Waiting(PlaceReservationCommand command) {
            this.command = command;
        }

        /** Taken for placing, unless its timeout took it first. */
        boolean takeInTime() {
            if (!taken.compareAndSet(false, true)) {
                return false;
            }
            timeout.cancel(false);
            return true;
        }
    }
}
