package com.bbangshop.reservation;

import com.bbangshop.api.reservation.AbandonReservationCommand;
import com.bbangshop.api.reservation.AcceptReservationCommand;
import com.bbangshop.api.reservation.PlaceReservationCommand;
import com.bbangshop.api.reservation.RecordSoldOutReservationCommand;
import com.bbangshop.api.reservation.RejectSoldOutReservationCommand;
import com.bbangshop.api.rules.RuleViolation;
import com.bbangshop.api.stock.CheckStockCommand;
import com.bbangshop.api.stock.ReserveStockCommand;
import com.bbangshop.api.stock.StockCheck;
import com.bbangshop.api.stock.StockChecks;
import com.bbangshop.api.stock.StockDecisions;
import com.bbangshop.api.stock.StockRequest;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Places the requests of one bread that waited together: one stock check for all of them, then each reservation
 * placed (or recorded sold out), one stock reservation for all that were placed, and each decision recorded. The
 * bakery decides the whole group in one command, stored in one append, instead of one command per customer; the
 * commands for the reservations themselves go out together. Each request ends on its own: one that fails does not
 * fail the others.
 */
final class GroupPlacement {

    private static final Logger log = LoggerFactory.getLogger(GroupPlacement.class);

    private final CommandGateway commands;
    private final Duration timeout;

    GroupPlacement(CommandGateway commands, Duration timeout) {
        this.commands = commands;
        this.timeout = timeout;
    }

    /**
     * One answer per command, in order; every answer is complete when this returns. {@code createdBefore} holds the
     * reservations an earlier try created (it is added to): a try whose unit of work failed may have created them
     * anyway where the commands ran elsewhere, so creating one of them again may be refused, and is not a failure.
     */
    List<CompletableFuture<ReservationDecision>> place(String breadId, List<PlaceReservationCommand> group,
                                                Set<String> createdBefore) {
        List<StockCheck> checks;
        try {
            checks = checkStock(breadId, group);
        } catch (BreadRefusedException refused) {
            // not on sale (yet, or any more): nothing is placed, and each request hears why
            return group.stream().map(command -> CompletableFuture.<ReservationDecision>failedFuture(
                    refused.getCause())).collect(Collectors.toCollection(ArrayList::new));
        }
        List<CompletableFuture<ReservationDecision>> answers = new ArrayList<>(group.size());
        List<CompletableFuture<?>> placements = new ArrayList<>(group.size());
        for (int i = 0; i < group.size(); i++) {
            PlaceReservationCommand command = group.get(i);
            if (checks.get(i) == StockCheck.OVER_CUSTOMER_LIMIT) {
                answers.add(CompletableFuture.completedFuture(ReservationDecision.OVER_CUSTOMER_LIMIT));
                placements.add(null);
            } else if (checks.get(i) == StockCheck.SOLD_OUT) {
                answers.add(create(new RecordSoldOutReservationCommand(command.reservationId(), command.breadId(),
                        command.quantity()), command.reservationId(), createdBefore)
                        .thenApply(recorded -> ReservationDecision.SOLD_OUT));
                placements.add(null);
            } else {
                answers.add(null);
                placements.add(create(command, command.reservationId(), createdBefore));
            }
        }
        awaitAll(placements);
        List<Integer> placed = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            if (placements.get(i) != null) {
                if (placements.get(i).isCompletedExceptionally()) {
                    answers.set(i, CompletableFuture.failedFuture(causeOf(placements.get(i))));
                } else {
                    placed.add(i);
                }
            }
        }
        decideAndRecord(breadId, group, placed, answers);
        awaitAll(answers);
        return answers;
    }

    /**
     * Most requests in a flash sale come after the last loaf: asking first lets them end as reservations born sold
     * out, with nothing to coordinate. A bakery that does not answer the check is asked again once they are placed;
     * one that refuses it (the bread is not on sale) refuses them all.
     */
    private List<StockCheck> checkStock(String breadId, List<PlaceReservationCommand> group) {
        try {
            StockChecks checks = commands.<StockChecks>send(new CheckStockCommand(breadId, requests(group, all(group))))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return checks.checks();
        } catch (ExecutionException failed) {
            if (isRuleViolation(failed.getCause())) {
                throw new BreadRefusedException(failed.getCause());
            }
            log.debug("no stock check before placing {} reservations of {} ({})", group.size(), breadId,
                    failed.toString());
            return Collections.nCopies(group.size(), StockCheck.ENOUGH);
        } catch (TimeoutException | RuntimeException unavailable) {
            log.debug("no stock check before placing {} reservations of {} ({})", group.size(), breadId,
                    unavailable.toString());
            return Collections.nCopies(group.size(), StockCheck.ENOUGH);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return Collections.nCopies(group.size(), StockCheck.ENOUGH);
        }
    }

    private void decideAndRecord(String breadId, List<PlaceReservationCommand> group, List<Integer> placed,
                                 List<CompletableFuture<ReservationDecision>> answers) {
        if (placed.isEmpty()) {
            return;
        }
        StockDecisions decisions;
        try {
            decisions = commands.<StockDecisions>send(new ReserveStockCommand(breadId, requests(group, placed)))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            placed.forEach(i -> answers.set(i, CompletableFuture.failedFuture(new NoStockDecisionException(stopping))));
            return;
        } catch (Exception unavailable) {
            Throwable cause = unavailable instanceof ExecutionException ? unavailable.getCause() : unavailable;
            // a bread that closed since the check refuses: the customers hear why, and the saga abandons the placed
            // reservations as it does those left without a decision
            Throwable answer = isRuleViolation(cause) ? cause : new NoStockDecisionException(cause);
            placed.forEach(i -> answers.set(i, CompletableFuture.failedFuture(answer)));
            return;
        }
        for (int k = 0; k < placed.size(); k++) {
            int i = placed.get(k);
            answers.set(i, record(group.get(i).reservationId(), new ReservationDecision(decisions.outcomes().get(k),
                    decisions.pickupCodes().get(k))));
        }
    }

    private CompletableFuture<Object> create(Object creation, String reservationId, Set<String> createdBefore) {
        return commands.send(creation).handle((created, failure) -> {
            if (failure == null) {
                createdBefore.add(reservationId);
            } else if (!createdBefore.contains(reservationId)) {
                throw failure instanceof CompletionException wrapped ? wrapped : new CompletionException(failure);
            }
            return created;
        });
    }

    private CompletableFuture<ReservationDecision> record(String reservationId, ReservationDecision decision) {
        return switch (decision.outcome()) {
            case RESERVED -> commands.send(new AcceptReservationCommand(reservationId, decision.pickupCode()))
                    .thenApply(done -> decision);
            case SOLD_OUT -> commands.send(new RejectSoldOutReservationCommand(reservationId))
                    .thenApply(done -> decision);
            // canceled (by staff) before the decision came: nothing is held, nothing to record
            case RELEASED -> CompletableFuture.completedFuture(decision);
            // the customer's other reservations of the bread came first: this one holds nothing and is let go
            case OVER_CUSTOMER_LIMIT -> commands.send(new AbandonReservationCommand(reservationId))
                    .thenApply(done -> decision);
        };
    }

    private static List<StockRequest> requests(List<PlaceReservationCommand> group, List<Integer> indices) {
        return indices.stream()
                .map(i -> new StockRequest(group.get(i).reservationId(), group.get(i).quantity(),
                        group.get(i).customerHash()))
                .toList();
    }

    private static List<Integer> all(List<?> group) {
        return IntStream.range(0, group.size()).boxed().toList();
    }

    private static void awaitAll(List<? extends CompletableFuture<?>> futures) {
        CompletableFuture.allOf(futures.stream().filter(Objects::nonNull).toArray(CompletableFuture[]::new))
                .handle((done, failed) -> null)
                .join();
    }

    /** A business refusal with its reason, as the bakery's aggregate gave it (also across the wire). */
    private static boolean isRuleViolation(Throwable failure) {
        return failure instanceof CommandExecutionException refusal
                && refusal.getDetails().filter(RuleViolation.class::isInstance).isPresent();
    }

    /** The bakery refused the check for the whole group. */
    private static final class BreadRefusedException extends RuntimeException {
        BreadRefusedException(Throwable refusal) {
            super(refusal);
        }
    }

    /** What a failed answer failed with. */
    static Throwable causeOf(CompletableFuture<?> failed) {
        Throwable failure = failed.handle((result, thrown) -> thrown).join();
        return failure instanceof CompletionException wrapped && wrapped.getCause() != null ? wrapped.getCause() : failure;
    }

    /** A business refusal says why; anything else is a failure the customer may retry. */
    static Throwable failureOf(CompletableFuture<?> failed) {
        Throwable failure = causeOf(failed);
        return failure instanceof CommandExecutionException || failure instanceof ReservationNotPlacedException
                ? failure : new ReservationNotPlacedException(failure);
    }
}
