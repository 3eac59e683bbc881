package com.bbangshop.reservation.pickup;

import com.bbangshop.api.reservation.ExpireReservationCommand;
import com.bbangshop.api.reservation.ReservationCancellationRequestedEvent;
import com.bbangshop.api.reservation.ReservationExpiredEvent;
import com.bbangshop.api.reservation.ReservationPickedUpEvent;
import com.bbangshop.api.reservation.ReservationReadyEvent;
import com.bbangshop.api.reservation.WarnPickupDeadlineCommand;
import com.bbangshop.reservation.saga.RetryTicket;
import com.bbangshop.reservation.saga.StepRetryPolicy;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.axonframework.commandhandling.gateway.CommandGateway;
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

import java.time.Clock;
import java.time.Instant;

/**
 * The pickup window of one ready reservation, on persistent deadlines:
 * <pre>
 * event in / deadline                   command out                              then
 * ReservationReady                      - (warning at pickupBy - warnBefore if   waiting
 *                                       still to come; expiry at pickupBy)
 * warning deadline                      WarnPickupDeadline                       waiting
 * expiry deadline                       ExpireReservation, asked again after     waiting
 *                                       the saga's retry delay until answered
 * ReservationExpired, -PickedUp,        - (its deadlines cancelled)              end
 * -CancellationRequested
 * </pre>
 * The reservation decides: a warning or an expiry that comes after a pickup or a cancel changes nothing there.
 */
@Saga
@ProcessingGroup(PickupWindowSaga.PROCESSOR)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
public class PickupWindowSaga {

    /**
     * The reservation saga's processor, shared with the waitlist's offers: in a sale these sagas handle no event, and
     * a processor of their own kept another position in the event stream and another thread and connection.
     */
    public static final String PROCESSOR = "ReservationSagaProcessor";

    static final String WARNING_DEADLINE = "pickup-warning";
    static final String EXPIRY_DEADLINE = "pickup-expiry";
    private static final Logger log = LoggerFactory.getLogger(PickupWindowSaga.class);

    private String reservationId;
    private Instant pickupBy;
    private String warningDeadlineId;
    private String expiryDeadlineId;
    private int expiryAttempt;
    private int expiryTicket;

    @JsonIgnore
    @Autowired
    private transient CommandGateway commandGateway;
    @JsonIgnore
    @Autowired
    private transient DeadlineManager deadlineManager;
    @JsonIgnore
    @Autowired
    private transient PickupProperties pickup;
    @JsonIgnore
    @Autowired
    private transient StepRetryPolicy retryPolicy;
    @JsonIgnore
    @Autowired
    private transient Clock clock;

    public PickupWindowSaga() {
        // for Axon and the saga store
    }

    @StartSaga
    @SagaEventHandler(associationProperty = "reservationId")
    public void on(ReservationReadyEvent event) {
        if (reservationId != null) {
            return; // the same event delivered again
        }
        reservationId = event.reservationId();
        pickupBy = event.pickupBy();
        Instant warnAt = pickupBy.minus(pickup.warnBefore());
        if (warnAt.isAfter(clock.instant())) {
            warningDeadlineId = deadlineManager.schedule(warnAt, WARNING_DEADLINE);
        }
        expiryDeadlineId = deadlineManager.schedule(pickupBy, EXPIRY_DEADLINE, new RetryTicket(++expiryTicket));
    }

    @DeadlineHandler(deadlineName = WARNING_DEADLINE)
    public void warn() {
        warningDeadlineId = null;
        send(new WarnPickupDeadlineCommand(reservationId));
    }

    /** Each expiry deadline arms the next, so one that fires again (a node died running it) is recognised. */
    @DeadlineHandler(deadlineName = EXPIRY_DEADLINE)
    public void expire(RetryTicket ticket) {
        if (ticket.number() != expiryTicket) {
            return;
        }
        send(new ExpireReservationCommand(reservationId));
        expiryDeadlineId = deadlineManager.schedule(retryPolicy.delayBefore(expiryAttempt++), EXPIRY_DEADLINE,
                new RetryTicket(++expiryTicket));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "reservationId")
    public void on(ReservationExpiredEvent event) {
        cancelDeadlines();
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "reservationId")
    public void on(ReservationPickedUpEvent event) {
        cancelDeadlines();
    }

    /**
     * The window ends as soon as a cancel is asked for, not when it completes: a reservation being canceled can
     * neither expire nor be picked up any more.
     */
    @EndSaga
    @SagaEventHandler(associationProperty = "reservationId")
    public void on(ReservationCancellationRequestedEvent event) {
        cancelDeadlines();
    }

    private void cancelDeadlines() {
        if (warningDeadlineId != null) {
            deadlineManager.cancelSchedule(WARNING_DEADLINE, warningDeadlineId);
            warningDeadlineId = null;
        }
        if (expiryDeadlineId != null) {
            deadlineManager.cancelSchedule(EXPIRY_DEADLINE, expiryDeadlineId);
            expiryDeadlineId = null;
        }
    }

    private void send(Object command) {
        commandGateway.send(command).exceptionally(failure -> {
            // an expiry is asked again on its next deadline; a warning that failed is not worth a second one
            log.debug("reservation {}: {} failed: {}", reservationId, command.getClass().getSimpleName(),
                    failure.getMessage());
            return null;
        });
    }
}
