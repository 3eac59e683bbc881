package com.bbangshop.reservation.waitlist;

import com.bbangshop.api.reservation.PlaceOfferedReservationCommand;
import com.bbangshop.api.reservation.OfferedReservationPlacedEvent;
import com.bbangshop.api.waitlist.ExpireOfferCommand;
import com.bbangshop.api.waitlist.LoafOfferedEvent;
import com.bbangshop.api.waitlist.OfferAcceptedEvent;
import com.bbangshop.api.waitlist.OfferDeclinedEvent;
import com.bbangshop.api.waitlist.OfferExpiredEvent;
import com.bbangshop.reservation.saga.RetryTicket;
import com.bbangshop.reservation.saga.StepRetryPolicy;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.axonframework.commandhandling.gateway.CommandGateway;
import com.bbangshop.reservation.pickup.PickupWindowSaga;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One loaf offered from a waitlist, from the offer until it ends:
 * <pre>
 * step       event in / deadline            command out                  next
 * -          LoafOffered                    - (hold deadline at holdUntil) HOLDING
 * HOLDING    hold deadline                  ExpireOffer                  EXPIRING
 * HOLDING,   OfferAccepted                  PlaceOfferedReservation      PLACING
 *  EXPIRING
 * any        OfferDeclined, OfferExpired    -                            end
 * PLACING    OfferedReservationPlaced       -                            end
 * EXPIRING,  retry deadline                 the step's command again     same step
 *  PLACING
 * </pre>
 * The bakery decides every outcome (an expiry asked for after an accept changes nothing there), so the saga only
 * keeps time and carries an accepted loaf to its reservation. Both commands are idempotent and asked again on a
 * persistent deadline with back-off until their answer comes; a placement refused because the reservation exists
 * was placed by an earlier try, whose event ends the saga.
 * <p>
 * It runs in the reservation saga's processor (see {@link PickupWindowSaga#PROCESSOR}): in a sale it handles no
 * event.
 */
@Saga
@ProcessingGroup(OfferSaga.PROCESSOR)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
public class OfferSaga {

    static final String PROCESSOR = PickupWindowSaga.PROCESSOR;
    static final String HOLD_DEADLINE = "offer-hold";
    static final String RETRY_DEADLINE = "offer-step-retry";
    private static final Logger log = LoggerFactory.getLogger(OfferSaga.class);

    private String offerId;
    private String breadId;
    private String reservationId;
    private String cancelSecretHash;
    private String pickupCode;
    private OfferStep step;
    private String holdDeadlineId;
    private String retryDeadlineId;
    private int retryTicket;
    private int attempt;

    @JsonIgnore
    @Autowired
    private transient CommandGateway commandGateway;
    @JsonIgnore
    @Autowired
    private transient DeadlineManager deadlineManager;
    @JsonIgnore
    @Autowired
    private transient StepRetryPolicy retryPolicy;

    public OfferSaga() {
        // for Axon and the saga store
    }

    @StartSaga
    @SagaEventHandler(associationProperty = "offerId")
    public void on(LoafOfferedEvent event) {
        if (step != null) {
            return;
        }
        offerId = event.offerId();
        breadId = event.breadId();
        step = OfferStep.HOLDING;
        holdDeadlineId = deadlineManager.schedule(event.holdUntil(), HOLD_DEADLINE);
    }

    @DeadlineHandler(deadlineName = HOLD_DEADLINE)
    public void holdPassed() {
        holdDeadlineId = null;
        if (step == OfferStep.HOLDING) {
            moveTo(OfferStep.EXPIRING);
        }
    }

    @SagaEventHandler(associationProperty = "offerId")
    public void on(OfferAcceptedEvent event) {
        if (step == OfferStep.PLACING) {
            return;
        }
        cancelHold();
        reservationId = event.reservationId();
        cancelSecretHash = event.cancelSecretHash();
        pickupCode = event.pickupCode();
        moveTo(OfferStep.PLACING);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "offerId")
    public void on(OfferDeclinedEvent event) {
        finish();
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "offerId")
    public void on(OfferExpiredEvent event) {
        finish();
    }

    /**
     * Not ReservationPlacedEvent: this processor would look up an offer's saga for every reservation of a flash sale,
     * fall behind the others, and keep the event store's cache of recent events full.
     */
    @EndSaga
    @SagaEventHandler(associationProperty = "offerId")
    public void on(OfferedReservationPlacedEvent event) {
        finish();
    }

    @DeadlineHandler(deadlineName = RETRY_DEADLINE)
    public void retryStep(RetryTicket ticket) {
        if (retryDeadlineId == null || ticket.number() != retryTicket) {
            return; // cancelled while it was already firing
        }
        retryDeadlineId = null;
        attempt++;
        if (retryPolicy.isOverdue(attempt)) {
            log.warn("offer {} has waited {} s at step {}; still retrying", offerId,
                    retryPolicy.waitedBefore(attempt).toSeconds(), step);
        }
        dispatch();
        armRetry();
    }

    private void moveTo(OfferStep next) {
        disarmRetry();
        step = next;
        attempt = 0;
        dispatch();
        armRetry();
    }

    private void dispatch() {
        Object command = step == OfferStep.EXPIRING ? new ExpireOfferCommand(breadId, offerId)
                : new PlaceOfferedReservationCommand(reservationId, breadId, 1, cancelSecretHash, pickupCode, offerId);
        OfferStep sentAt = step;
        commandGateway.send(command).exceptionally(failure -> {
            if (sentAt == OfferStep.PLACING && EarlierPlacement.refused(failure)) {
                log.debug("offer {}: reservation {} was placed by an earlier try", offerId, reservationId);
            } else {
                log.debug("offer {} step {}: {} failed, asked again on the retry deadline: {}", offerId, sentAt,
                        command.getClass().getSimpleName(), failure.getMessage());
            }
            return null;
        });
    }

    private void armRetry() {
        retryTicket++;
        retryDeadlineId = deadlineManager.schedule(retryPolicy.delayBefore(attempt), RETRY_DEADLINE,
                new RetryTicket(retryTicket));
    }

    private void disarmRetry() {
        if (retryDeadlineId != null) {
            deadlineManager.cancelSchedule(RETRY_DEADLINE, retryDeadlineId);
            retryDeadlineId = null;
        }
    }

    private void cancelHold() {
        if (holdDeadlineId != null) {
            deadlineManager.cancelSchedule(HOLD_DEADLINE, holdDeadlineId);
            holdDeadlineId = null;
        }
    }

    private void finish() {
        cancelHold();
        disarmRetry();
    }
}
