package com.bbangshop.reservation.saga;

import com.bbangshop.api.assignment.AssignBakerCommand;
import com.bbangshop.api.assignment.AssignmentDeletedEvent;
import com.bbangshop.api.assignment.BakerAssignedEvent;
import com.bbangshop.api.assignment.DeleteAssignmentCommand;
import com.bbangshop.api.reservation.AcceptReservationCommand;
import com.bbangshop.api.reservation.ClearReservationFlagCommand;
import com.bbangshop.api.reservation.CompleteCancellationCommand;
import com.bbangshop.api.reservation.ConfirmReservationCommand;
import com.bbangshop.api.reservation.FlagReservationCommand;
import com.bbangshop.api.reservation.RejectSoldOutReservationCommand;
import com.bbangshop.api.reservation.ReservationAcceptedEvent;
import com.bbangshop.api.reservation.ReservationCanceledEvent;
import com.bbangshop.api.reservation.ReservationCancellationRequestedEvent;
import com.bbangshop.api.reservation.ReservationConfirmedEvent;
import com.bbangshop.api.reservation.ReservationFlaggedEvent;
import com.bbangshop.api.reservation.ReservationPickedUpEvent;
import com.bbangshop.api.reservation.ReservationPlacedEvent;
import com.bbangshop.api.reservation.ReservationSoldOutEvent;
import com.bbangshop.api.stock.ReleaseStockCommand;
import com.bbangshop.api.stock.ReserveStockCommand;
import com.bbangshop.api.stock.StockReleasedEvent;
import com.bbangshop.api.stock.StockReservedEvent;
import com.bbangshop.api.stock.StockSoldOutEvent;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import static com.bbangshop.reservation.saga.ReservationStep.ACCEPTING;
import static com.bbangshop.reservation.saga.ReservationStep.ASSIGNING_BAKER;
import static com.bbangshop.reservation.saga.ReservationStep.CANCEL_AWAITING_STOCK;
import static com.bbangshop.reservation.saga.ReservationStep.COMPLETING_CANCELLATION;
import static com.bbangshop.reservation.saga.ReservationStep.CONFIRMED;
import static com.bbangshop.reservation.saga.ReservationStep.CONFIRMING;
import static com.bbangshop.reservation.saga.ReservationStep.DELETING_ASSIGNMENT;
import static com.bbangshop.reservation.saga.ReservationStep.REJECTING;
import static com.bbangshop.reservation.saga.ReservationStep.RELEASING_STOCK;
import static com.bbangshop.reservation.saga.ReservationStep.RESERVING_STOCK;

/**
 * Walks one reservation from "requested" to breadSucceed, or back to breadCanceled. The stock decision is normally
 * taken and recorded by the customer's own request, which then also assigns the baker and confirms (see
 * ReservationPlacement); the saga follows those steps and takes them itself only if they do not come. Every step is one idempotent command, and the saga waits for the event that answers
 * it; an answer that does not come is asked for again on a persistent deadline, with back-off, so a bakery that is
 * down for minutes only delays the reservation. Events that do not fit the current step (duplicates, late answers
 * after a cancel) are ignored. A step left unanswered for {@link StepRetryPolicy#flagAfter()} flags the reservation
 * for staff (it keeps retrying); the flag is cleared as soon as the step is answered.
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class ReservationSaga {

    static final String RETRY_DEADLINE = "reservation-step-retry";
    private static final Logger log = LoggerFactory.getLogger(ReservationSaga.class);

    private String reservationId;
    private String breadId;
    private int quantity;
    private String baker;
    private ReservationStep step;
    private int attempt;
    private String retryDeadlineId;
    private int retryTicket;
    private boolean flagged;
    /** The customer's request took the stock decision, so it also accepts, assigns and confirms; the saga follows. */
    private boolean requestTakesSteps;

    @JsonIgnore
    @Autowired
    private transient CommandGateway commandGateway;
    @JsonIgnore
    @Autowired
    private transient DeadlineManager deadlineManager;
    @JsonIgnore
    @Autowired
    private transient StepRetryPolicy retryPolicy;

    public ReservationSaga() {
        // for Axon and the saga store
    }

    @StartSaga
    @SagaEventHandler(associationProperty = "reservationId")
    public void on(ReservationPlacedEvent event) {
        if (step != null) {
            return;
        }
        reservationId = event.reservationId();
        breadId = event.breadId();
        quantity = event.quantity();
        step = RESERVING_STOCK;
        armRetry(); // the customer's request asks the bakery itself; the saga asks only if no answer comes
    }

    @SagaEventHandler(associationProperty = "reservationId")
    public void on(StockReservedEvent event) {
        if (step == RESERVING_STOCK) {
            decided(ACCEPTING);
        } else if (step == CANCEL_AWAITING_STOCK) {
            moveTo(RELEASING_STOCK);
        }
    }

    @SagaEventHandler(associationProperty = "reservationId")
    public void on(StockSoldOutEvent event) {
        if (step == RESERVING_STOCK) {
            decided(REJECTING);
        } else if (step == CANCEL_AWAITING_STOCK) {
            moveTo(COMPLETING_CANCELLATION);
        }
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "reservationId")
    public void on(ReservationSoldOutEvent event) {
        finish();
    }

    @SagaEventHandler(associationProperty = "reservationId")
    public void on(ReservationAcceptedEvent event) {
        if (step == ACCEPTING) {
            follow(ASSIGNING_BAKER);
        }
    }

    @SagaEventHandler(associationProperty = "reservationId")
    public void on(BakerAssignedEvent event) {
        if (step == ASSIGNING_BAKER) {
            baker = event.baker();
            follow(CONFIRMING);
        }
    }

    @SagaEventHandler(associationProperty = "reservationId")
    public void on(ReservationConfirmedEvent event) {
        if (step == CONFIRMING) {
            moveTo(CONFIRMED);
        }
    }

    @SagaEventHandler(associationProperty = "reservationId")
    public void on(ReservationCancellationRequestedEvent event) {
        switch (step) {
            case RESERVING_STOCK -> moveTo(CANCEL_AWAITING_STOCK);
            case REJECTING -> moveTo(COMPLETING_CANCELLATION);
            case ACCEPTING, ASSIGNING_BAKER, CONFIRMING, CONFIRMED -> moveTo(RELEASING_STOCK);
            default -> {
                // already canceling
            }
        }
    }

    @SagaEventHandler(associationProperty = "reservationId")
    public void on(StockReleasedEvent event) {
        if (step == RELEASING_STOCK) {
            moveTo(DELETING_ASSIGNMENT);
        }
    }

    @SagaEventHandler(associationProperty = "reservationId")
    public void on(AssignmentDeletedEvent event) {
        if (step == DELETING_ASSIGNMENT) {
            moveTo(COMPLETING_CANCELLATION);
        }
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "reservationId")
    public void on(ReservationCanceledEvent event) {
        finish();
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "reservationId")
    public void on(ReservationPickedUpEvent event) {
        finish();
    }

    @SagaEventHandler(associationProperty = "reservationId")
    public void on(ReservationFlaggedEvent event) {
        if (!flagged || !event.step().equals(step.name())) {
            send(new ClearReservationFlagCommand(reservationId)); // a flag that overtook its step's answer
        }
    }

    @DeadlineHandler(deadlineName = RETRY_DEADLINE)
    public void retryStep(RetryTicket ticket) {
        if (retryDeadlineId == null || ticket.number() != retryTicket) {
            return; // cancelled while it was already firing
        }
        retryStep();
    }

    /** Deadlines armed before they carried a ticket. */
    @DeadlineHandler(deadlineName = RETRY_DEADLINE)
    public void retryStep() {
        retryDeadlineId = null;
        if (!step.awaitsAnswer()) {
            return;
        }
        requestTakesSteps = false; // the request stopped short of confirming (its process died, the bakery failed)
        attempt++;
        if (retryPolicy.isOverdue(attempt)) {
            flag();
        }
        dispatch();
        armRetry();
    }

    /**
     * The stock decision came. Whoever asked for it records it on the reservation: the customer's request, unless the
     * saga had to ask itself. So the saga only waits here, on the retry already armed for the decision, and records
     * the decision itself only if that retry fires first (the request's process died in between).
     */
    private void decided(ReservationStep recording) {
        requestTakesSteps = attempt == 0;
        follow(recording);
    }

    /**
     * A request that took the stock decision goes on to accept, assign a baker and confirm, in the same unit of work
     * (see ReservationPlacement): the saga only keeps up, on the retry armed when the reservation was placed, and
     * sends the step itself only if that retry fires first.
     */
    private void follow(ReservationStep next) {
        if (requestTakesSteps) {
            step = next;
        } else {
            moveTo(next);
        }
    }

    private void moveTo(ReservationStep next) {
        requestTakesSteps = false;
        clearFlag();
        if (attempt > 0) {
            disarmRetry(); // the armed deadline carries the last step's back-off; the new step starts afresh
        }
        step = next;
        attempt = 0;
        if (next.awaitsAnswer()) {
            dispatch();
            armRetry();
        } else {
            disarmRetry();
        }
    }

    private void finish() {
        disarmRetry();
        clearFlag();
    }

    /** Sent on every overdue retry until answered: the reservation ignores a second flag, and one may get lost. */
    private void flag() {
        long waited = retryPolicy.waitedBefore(attempt).toSeconds();
        if (!flagged) {
            log.warn("reservation {} has waited {} s at step {}; flagged for staff, still retrying",
                    reservationId, waited, step);
        }
        flagged = true;
        send(new FlagReservationCommand(reservationId, step.name(), waited));
    }

    private void clearFlag() {
        if (flagged) {
            flagged = false;
            send(new ClearReservationFlagCommand(reservationId));
        }
    }

    private void dispatch() {
        Object command = switch (step) {
            case RESERVING_STOCK, CANCEL_AWAITING_STOCK -> new ReserveStockCommand(breadId, reservationId, quantity);
            case ACCEPTING -> new AcceptReservationCommand(reservationId);
            case REJECTING -> new RejectSoldOutReservationCommand(reservationId);
            case ASSIGNING_BAKER -> new AssignBakerCommand(reservationId, breadId, quantity);
            case CONFIRMING -> new ConfirmReservationCommand(reservationId, baker);
            case RELEASING_STOCK -> new ReleaseStockCommand(breadId, reservationId);
            case DELETING_ASSIGNMENT -> new DeleteAssignmentCommand(reservationId);
            case COMPLETING_CANCELLATION -> new CompleteCancellationCommand(reservationId);
            case CONFIRMED -> throw new IllegalStateException("nothing to send once confirmed");
        };
        send(command);
    }

    private void send(Object command) {
        ReservationStep sentAt = step;
        commandGateway.send(command).exceptionally(failure -> {
            // the retry deadline asks again; a refusal here is usually a race the next event resolves
            log.debug("reservation {} step {}: {} failed: {}", reservationId, sentAt,
                    command.getClass().getSimpleName(), failure.getMessage());
            return null;
        });
    }

    private void armRetry() {
        if (retryDeadlineId == null) {
            retryTicket++;
            retryDeadlineId = deadlineManager.schedule(retryPolicy.delayBefore(attempt), RETRY_DEADLINE,
                    new RetryTicket(retryTicket));
        }
    }

    private void disarmRetry() {
        if (retryDeadlineId != null) {
            deadlineManager.cancelSchedule(RETRY_DEADLINE, retryDeadlineId);
            retryDeadlineId = null;
        }
    }
}
