package com.bbangshop.reservation;

import com.bbangshop.api.page.FindReservationQuery;
import com.bbangshop.api.page.ReservationView;
import com.bbangshop.api.reservation.MarkReservationReadyCommand;
import com.bbangshop.api.reservation.ReservationStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/** Staff say loaves are baked: the reservation waits at the counter until its pickup deadline. */
@RestController
@RequestMapping("/reservations")
public class ReadyController {

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final PickupDeadlines deadlines;
    private final ReservationAnswers answers;
    private final ReservationProblems problems = new ReservationProblems();
    private final Duration decisionTimeout;

    public ReadyController(CommandGateway commandGateway, QueryGateway queryGateway, PickupDeadlines deadlines,
                           ReservationProperties reservationProperties) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.deadlines = deadlines;
        this.decisionTimeout = reservationProperties.decisionTimeout();
        this.answers = new ReservationAnswers(queryGateway, decisionTimeout);
    }

    @Operation(summary = "Mark a confirmed reservation's loaves ready (staff)", description = "The pickup deadline "
            + "is now plus the bread's pickup window (or the shop's). 200: the reservation's view, READY; 202: the "
            + "view as it stands if the read side is late; 404: no such reservation; 409: not confirmed (ready again "
            + "is fine)")
    @ApiResponse(responseCode = "200", description = "ready: the reservation's view")
    @PostMapping("/{reservationId}/ready")
    public CompletableFuture<ResponseEntity<Object>> markReady(@PathVariable String reservationId) {
        ReservationView reservation = find(reservationId).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "no reservation with id " + reservationId));
        Instant pickupBy = deadlines.pickupByFor(reservation.breadId());
        return answers.answerWithView(reservationId,
                () -> commandGateway.send(new MarkReservationReadyCommand(reservationId, pickupBy)),
                ReservationStatus.READY);
    }

    /** All are asked at once; each answers within the decision timeout or is reported as not answered. */
    @Operation(summary = "Mark many reservations ready (staff)", description = "1 to 100 ids. 200: each id's outcome, "
            + "in the order given: ready with its pickupBy, or refused with the status and detail its own request "
            + "would have had")
    @PostMapping("/ready")
    public Map<String, List<ReadyOutcome>> markAllReady(@Valid @RequestBody MarkReadyRequest request) {
        Map<String, CompletableFuture<ReadyOutcome>> asked = new LinkedHashMap<>();
        request.reservationIds().forEach(id -> asked.computeIfAbsent(id, this::askReady));
        return Map.of("outcomes", asked.values().stream().map(CompletableFuture::join).toList());
    }

    private CompletableFuture<ReadyOutcome> askReady(String reservationId) {
        try {
            Optional<ReservationView> reservation = find(reservationId);
            if (reservation.isEmpty()) {
                return CompletableFuture.completedFuture(ReadyOutcome.refused(reservationId, 404,
                        "no reservation with id " + reservationId));
            }
            Instant pickupBy = deadlines.pickupByFor(reservation.get().breadId());
            return commandGateway.<Instant>send(new MarkReservationReadyCommand(reservationId, pickupBy))
                    .thenApply(inForce -> ReadyOutcome.ready(reservationId, inForce))
                    .exceptionally(failure -> refused(reservationId, failure))
                    .completeOnTimeout(ReadyOutcome.refused(reservationId, 503, "reservation " + reservationId
                            + " did not answer in time; ask again"), decisionTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException failure) {
            return CompletableFuture.completedFuture(refused(reservationId, failure));
        }
    }

    private ReadyOutcome refused(String reservationId, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        ResponseEntity<ProblemDetail> answer = problems.answerTo(cause);
        return ReadyOutcome.refused(reservationId, answer.getStatusCode().value(), answer.getBody().getDetail());
    }

    private Optional<ReservationView> find(String reservationId) {
        return queryGateway.query(new FindReservationQuery(reservationId),
                ResponseTypes.optionalInstanceOf(ReservationView.class)).join();
    }
}
