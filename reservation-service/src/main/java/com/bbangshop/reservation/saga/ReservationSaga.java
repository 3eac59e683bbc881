package com.bbangshop.reservation.saga;

import com.bbangshop.api.assignment.AssignBakerCommand;
import com.bbangshop.api.assignment.AssignFirstBakerCommand;
import com.bbangshop.api.assignment.AssignmentDeletedEvent;
import com.bbangshop.api.assignment.BakerAssignedEvent;
import com.bbangshop.api.assignment.DeleteAssignmentCommand;
import com.bbangshop.api.reservation.AbandonReservationCommand;
import com.bbangshop.api.reservation.ClearReservationFlagCommand;
import com.bbangshop.api.reservation.CompleteCancellationCommand;
import com.bbangshop.api.reservation.ConfirmReservationCommand;
import com.bbangshop.api.reservation.FlagReservationCommand;
import com.bbangshop.api.reservation.ReservationAcceptedEvent;
import com.bbangshop.api.reservation.ReservationCanceledEvent;
import com.bbangshop.api.reservation.ReservationCancellationRequestedEvent;
import com.bbangshop.api.reservation.ReservationConfirmedEvent;
import com.bbangshop.api.reservation.ReservationExpiredEvent;
import com.bbangshop.api.reservation.ReservationFlaggedEvent;
import com.bbangshop.api.reservation.ReservationPickedUpEvent;
import com.bbangshop.api.reservation.ReservationPlacedEvent;
import com.bbangshop.api.reservation.ReservationSoldOutEvent;
import com.bbangshop.api.stock.ReleaseStockCommand;
import com.bbangshop.api.stock.StockReleasedEvent;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static com.bbangshop.reservation.saga.ReservationStep.ABANDONING;
import static com.bbangshop.reservation.saga.ReservationStep.ASSIGNING_BAKER;
import static com.bbangshop.reservation.saga.ReservationStep.COMPLETING_CANCELLATION;
import static com.bbangshop.reservation.saga.ReservationStep.CONFIRMED;
import static com.bbangshop.reservation.saga.ReservationStep.CONFIRMING;
import static com.bbangshop.reservation.saga.ReservationStep.DECIDING;
import static com.bbangshop.reservation.saga.ReservationStep.DELETING_ASSIGNMENT;
import static com.bbangshop.reservation.saga.ReservationStep.RELEASING_STOCK;

/**
 * The reservation process after its stock decision. Every step has one owner:
 * <pre>
 * owner    step                     event in                          command out               next
 * request  (POST /reservations)     -                                 CheckStock; if sold out:  (no saga)
 *                                                                     RecordSoldOutReservation
 * request  (POST /reservations)     -                                 PlaceReservation,         DECIDING
 *                                                                     ReserveStock, then
 *                                                                     Accept- or RejectSoldOut-
 *                                                                     Reservation
 * saga     -                        ReservationPlaced                 - (decision window armed) DECIDING
 * saga     DECIDING, ABANDONING     ReservationAccepted               AssignFirstBaker          ASSIGNING_BAKER
 * saga     DECIDING, ABANDONING     ReservationSoldOut                -                         end
 * saga     DECIDING                 decision window passed            AbandonReservation        ABANDONING
 * saga     ASSIGNING_BAKER          BakerAssigned                     ConfirmReservation        CONFIRMING
 * saga     CONFIRMING               ReservationConfirmed              -                         CONFIRMED
 * staff    (POST .../ready)         -                                 MarkReservationReady      CONFIRMED (the
 *                                                                                               reservation READY)
 * pickup   (PickupWindowSaga)       ReservationReady, its deadlines   WarnPickupDeadline,       (its own saga)
 *                                                                     ExpireReservation
 * saga     any but canceling        ReservationCancellationRequested  ReleaseStock              RELEASING_STOCK
 * saga     CONFIRMED                ReservationExpired (no-show)      ReleaseStock              RELEASING_STOCK
 * saga     RELEASING_STOCK          StockReleased                     DeleteAssignment          DELETING_ASSIGNMENT
 * saga     DELETING_ASSIGNMENT      AssignmentDeleted                 CompleteCancellation      COMPLETING_CANCELLATION
 * saga     DELETING_ASSIGNMENT      AssignmentDeleted (no-show)       -                         end
 * saga     any                      ReservationCanceled, -PickedUp    -                         end
 * saga     awaiting an answer       retry deadline                    the step's command again  same step
 * saga     awaiting, overdue        retry deadline                    FlagReservation as well   same step
 * saga     any                      ReservationFlagged (stale)        ClearReservationFlag      same step
 * </pre>
 * Every command is idempotent and the saga waits for the event that answers it; an answer that does not come is asked
 * for again on a persistent deadline with back-off, so a bakery that is down for minutes only delays the reservation.
 * Events that do not fit the current step (duplicates, late answers after a cancel) change nothing. A step unanswered
 * for {@link StepRetryPolicy#flagAfter()} flags the reservation for staff; the flag is cleared when the step moves on.
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
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
    /** Undoing a no-show: the reservation is final already, so nothing completes a cancellation. */
    private boolean noShow;

    @JsonIgnore
    @Autowired
    private transient CommandGateway commandGateway;
    @JsonIgnore
    @Autowired
    private transient DeadlineManager deadlineManager;
    @JsonIgnore
    @Autowired
    private transient StepRetryPolicy retryPolicy;
    @JsonIgnore
    @Autowired
    private transient DecisionWindow decisionWindow;

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
        step = DECIDING;
        armRetry();
    }

    @SagaEventHandler(associationProperty = "reservationId")
    public void on(ReservationAcceptedEvent event) {
        if (step.awaitsDecision()) {
            moveTo(ASSIGNING_BAKER);
        }
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "reservationId")
    public void on(ReservationSoldOutEvent event) {
        finish();
    }

    @SagaEventHandler(associationProperty = "reservationId")
    public void on(BakerAssignedEvent event) {
        if (step == ASSIGNING_BAKER) {
            baker = event.baker();
            moveTo(CONFIRMING);
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
        if (!step.isCanceling()) {
            moveTo(RELEASING_STOCK);
        }
    }

    @SagaEventHandler(associationProperty = "reservationId")
    public void on(ReservationExpiredEvent event) {
        if (step == CONFIRMED) {
            noShow = true;
            moveTo(RELEASING_STOCK);
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
        if (step == DELETING_ASSIGNMENT && noShow) {
            finish();
            SagaLifecycle.end();
        } else if (step == DELETING_ASSIGNMENT) {
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
        if (step == DECIDING) {
            moveTo(ABANDONING); // the request that was deciding did not finish
        } else if (step.awaitsAnswer()) {
            attempt++;
            if (retryPolicy.isOverdue(attempt)) {
                flag();
            }
            dispatch();
            armRetry();
        }
    }

    /**
     * A deadline armed for a step's first try is left in place for the next step: moving on costs no deadline
     * writes, and the next step's first retry comes when the last step's would have.
     */
    private void moveTo(ReservationStep next) {
        clearFlag();
        if (attempt > 0 || !next.awaitsAnswer()) {
            disarmRetry();
        }
        step = next;
        attempt = 0;
        if (next.awaitsAnswer()) {
            dispatch();
            armRetry();
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

    /** The first baker is asked for without looking for an earlier assignment; a retry looks, so it repeats it. */
    private void dispatch() {
        Object command = switch (step) {
            case DECIDING -> null; // the customer's request decides
            case ABANDONING -> new AbandonReservationCommand(reservationId);
            case ASSIGNING_BAKER -> attempt == 0 ? new AssignFirstBakerCommand(reservationId, breadId, quantity)
                    : new AssignBakerCommand(reservationId, breadId, quantity);
            case CONFIRMING -> new ConfirmReservationCommand(reservationId, baker);
            case RELEASING_STOCK -> new ReleaseStockCommand(breadId, reservationId);
            case DELETING_ASSIGNMENT -> new DeleteAssignmentCommand(reservationId);
            case COMPLETING_CANCELLATION -> new CompleteCancellationCommand(reservationId);
            case CONFIRMED -> throw new IllegalStateException("nothing to send once confirmed");
        };
        if (command != null) {
            send(command);
        }
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
            Duration delay = step == DECIDING ? decisionWindow.length() : retryPolicy.delayBefore(attempt);
            retryDeadlineId = deadlineManager.schedule(delay, RETRY_DEADLINE, new RetryTicket(retryTicket));
        }
    }

    private void disarmRetry() {
        if (retryDeadlineId != null) {
            deadlineManager.cancelSchedule(RETRY_DEADLINE, retryDeadlineId);
            retryDeadlineId = null;
        }
    }
}
