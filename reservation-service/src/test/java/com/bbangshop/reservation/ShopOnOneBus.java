package com.bbangshop.reservation;

import com.bbangshop.api.reservation.AbandonReservationCommand;
import com.bbangshop.api.reservation.AcceptReservationCommand;
import com.bbangshop.api.reservation.PlaceReservationCommand;
import com.bbangshop.api.reservation.RecordSoldOutReservationCommand;
import com.bbangshop.api.reservation.RejectSoldOutReservationCommand;
import com.bbangshop.api.stock.CheckStockCommand;
import com.bbangshop.api.stock.ReserveStockCommand;
import com.bbangshop.api.stock.StockCheck;
import com.bbangshop.api.stock.StockChecks;
import com.bbangshop.api.rules.BusinessRuleException;
import com.bbangshop.api.rules.PickupCodes;
import com.bbangshop.api.stock.StockDecisions;
import com.bbangshop.api.stock.StockOutcome;
import com.bbangshop.api.stock.StockRequest;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The commands of a placement handled in the sender's unit of work, as in one JVM: a bakery with a number of loaves
 * per bread that decides each reservation once, and reservations that are only written down. It can hold the placement of the reservation "first" until
 * released, so that others queue behind it, and it counts the units of work the placements ran in.
 */
final class ShopOnOneBus {

    final List<Object> handled = Collections.synchronizedList(new ArrayList<>());
    final Set<String> failingAcceptances = ConcurrentHashMap.newKeySet();
    final AtomicInteger unitsOfWork = new AtomicInteger();
    final AtomicInteger rolledBack = new AtomicInteger();
    volatile Duration bakeryTakes = Duration.ZERO;
    volatile boolean bakeryDecides = true;
    /** The bakery's refusal of every new check or decision, as a bread not on sale answers; null while on sale. */
    volatile BusinessRuleException checkRefusal;
    volatile BusinessRuleException decisionRefusal;
    /** Reservations whose customer holds their limit already, as the bakery finds at the check or at the decision. */
    final Set<String> overLimitAtCheck = ConcurrentHashMap.newKeySet();
    final Set<String> overLimitAtDecision = ConcurrentHashMap.newKeySet();
    volatile boolean failNextGroupAtCommit;
    /** As where the commands run elsewhere: a rolled-back unit of work undoes nothing, and a placement is done once. */
    volatile boolean refusesSecondPlacement;
    private final Set<String> placed = ConcurrentHashMap.newKeySet();

    private final int loavesPerBread;
    private final Map<String, Integer> remaining = new HashMap<>();
    private final Map<String, StockOutcome> decided = new HashMap<>();
    /** As the bakery gives them: prefix AA, one ticket per reservation holding loaves, the same when asked again. */
    private final Map<String, String> pickupCodes = new HashMap<>();
    private final CountDownLatch placingFirst = new CountDownLatch(1);
    private final CountDownLatch firstReleased = new CountDownLatch(1);
    private final SimpleCommandBus bus = SimpleCommandBus.builder().build();

    ShopOnOneBus(int loavesPerBread) {
        this.loavesPerBread = loavesPerBread;
        subscribe(CheckStockCommand.class, command -> {
            if (checkRefusal != null) {
                throw checkRefusal;
            }
            return new StockChecks(command.requests().stream().map(request -> check(command.breadId(), request))
                    .toList());
        });
        subscribe(ReserveStockCommand.class, this::reserve);
        subscribe(PlaceReservationCommand.class, this::place);
        subscribe(RecordSoldOutReservationCommand.class, command -> null);
        subscribe(RejectSoldOutReservationCommand.class, command -> null);
        subscribe(AbandonReservationCommand.class, command -> null);
        subscribe(AcceptReservationCommand.class, command -> {
            if (failingAcceptances.contains(command.reservationId())) {
                throw new IllegalStateException("acceptance is down");
            }
            return null;
        });
    }

    CommandGateway gateway() {
        return DefaultCommandGateway.builder().commandBus(bus).build();
    }

    void awaitPlacingFirst() throws InterruptedException {
        placingFirst.await(5, TimeUnit.SECONDS);
    }

    void releaseFirst() {
        firstReleased.countDown();
    }

    /** The commands of a type that were handled, in order. */
    <T> List<T> handled(Class<T> type) {
        synchronized (handled) {
            return handled.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    private Object place(PlaceReservationCommand command) throws InterruptedException {
        countUnitOfWork();
        if (!placed.add(command.reservationId()) && refusesSecondPlacement) {
            throw new IllegalStateException("reservation " + command.reservationId() + " exists");
        }
        if (command.reservationId().equals("first")) {
            placingFirst.countDown();
            firstReleased.await(5, TimeUnit.SECONDS);
        }
        return null;
    }

    private synchronized StockDecisions reserve(ReserveStockCommand command) throws InterruptedException {
        countUnitOfWork();
        Thread.sleep(bakeryTakes.toMillis());
        if (!bakeryDecides) {
            throw new IllegalStateException("no handler for ReserveStockCommand");
        }
        if (decisionRefusal != null) {
            throw decisionRefusal;
        }
        List<StockOutcome> outcomes = new ArrayList<>();
        for (StockRequest request : command.requests()) {
            outcomes.add(decided.computeIfAbsent(request.reservationId(), id -> {
                if (overLimitAtDecision.contains(id)) {
                    return StockOutcome.OVER_CUSTOMER_LIMIT;
                }
                int left = left(command.breadId());
                if (left < request.quantity()) {
                    return StockOutcome.SOLD_OUT;
                }
                remaining.put(command.breadId(), left - request.quantity());
                pickupCodes.put(id, PickupCodes.of("AA", pickupCodes.size() + 1L));
                return StockOutcome.RESERVED;
            }));
        }
        return new StockDecisions(outcomes, command.requests().stream()
                .map(request -> pickupCodes.get(request.reservationId())).toList());
    }

    private synchronized StockCheck check(String breadId, StockRequest request) {
        if (overLimitAtCheck.contains(request.reservationId())) {
            return StockCheck.OVER_CUSTOMER_LIMIT;
        }
        StockOutcome earlier = decided.get(request.reservationId());
        if (earlier != null) {
            return earlier == StockOutcome.SOLD_OUT ? StockCheck.SOLD_OUT : StockCheck.ENOUGH;
        }
        return left(breadId) < request.quantity() ? StockCheck.SOLD_OUT : StockCheck.ENOUGH;
    }

    private synchronized int left(String breadId) {
        return remaining.getOrDefault(breadId, loavesPerBread);
    }

    /** Each unit of work the placements run in, counted once, with how it ended. */
    private void countUnitOfWork() {
        CurrentUnitOfWork.get().root().getOrComputeResource("counted", key -> {
            unitsOfWork.incrementAndGet();
            CurrentUnitOfWork.get().root().onRollback(unitOfWork -> rolledBack.incrementAndGet());
            if (failNextGroupAtCommit) {
                failNextGroupAtCommit = false;
                CurrentUnitOfWork.get().root().onPrepareCommit(unitOfWork -> {
                    throw new IllegalStateException("the database refused the commit");
                });
            }
            return true;
        });
    }

    private <C> void subscribe(Class<C> type, Handler<C> handler) {
        bus.subscribe(type.getName(), (CommandMessage<?> message) -> {
            C command = type.cast(message.getPayload());
            handled.add(command);
            return handler.handle(command);
        });
    }

    @FunctionalInterface
    private interface Handler<C> {
        Object handle(C command) throws Exception;
    }
}
