package com.bbangshop.reservation;

import com.bbangshop.api.reservation.AbandonReservationCommand;
import com.bbangshop.api.reservation.AcceptReservationCommand;
import com.bbangshop.api.reservation.CancellationReason;
import com.bbangshop.api.reservation.ClearReservationFlagCommand;
import com.bbangshop.api.reservation.CompleteCancellationCommand;
import com.bbangshop.api.reservation.ConfirmReservationCommand;
import com.bbangshop.api.reservation.ExpireReservationCommand;
import com.bbangshop.api.reservation.FlagReservationCommand;
import com.bbangshop.api.reservation.MarkReservationReadyCommand;
import com.bbangshop.api.reservation.PickUpReservationCommand;
import com.bbangshop.api.reservation.PickupDeadlineNearEvent;
import com.bbangshop.api.reservation.OfferedReservationPlacedEvent;
import com.bbangshop.api.reservation.PlaceOfferedReservationCommand;
import com.bbangshop.api.reservation.PlaceReservationCommand;
import com.bbangshop.api.reservation.RecordSoldOutReservationCommand;
import com.bbangshop.api.reservation.RejectSoldOutReservationCommand;
import com.bbangshop.api.reservation.RequestCancellationCommand;
import com.bbangshop.api.reservation.ReservationAcceptedEvent;
import com.bbangshop.api.reservation.ReservationCanceledEvent;
import com.bbangshop.api.reservation.ReservationCancellationRequestedEvent;
import com.bbangshop.api.reservation.ReservationConfirmedEvent;
import com.bbangshop.api.reservation.ReservationExpiredEvent;
import com.bbangshop.api.reservation.ReservationFlagClearedEvent;
import com.bbangshop.api.reservation.ReservationFlaggedEvent;
import com.bbangshop.api.reservation.ReservationPickedUpEvent;
import com.bbangshop.api.reservation.ReservationPlacedEvent;
import com.bbangshop.api.reservation.ReservationReadyEvent;
import com.bbangshop.api.reservation.ReservationSoldOutEvent;
import com.bbangshop.api.reservation.ReservationStatus;
import com.bbangshop.api.reservation.SoldOutReservationRecordedEvent;
import com.bbangshop.api.reservation.WarnPickupDeadlineCommand;
import com.bbangshop.api.rules.BusinessRuleException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;

import static com.bbangshop.api.reservation.ReservationStatus.ACCEPTED;
import static com.bbangshop.api.reservation.ReservationStatus.CANCELED;
import static com.bbangshop.api.reservation.ReservationStatus.CANCELLATION_REQUESTED;
import static com.bbangshop.api.reservation.ReservationStatus.CONFIRMED;
import static com.bbangshop.api.reservation.ReservationStatus.NO_SHOW;
import static com.bbangshop.api.reservation.ReservationStatus.PICKED_UP;
import static com.bbangshop.api.reservation.ReservationStatus.READY;
import static com.bbangshop.api.reservation.ReservationStatus.REQUESTED;
import static com.bbangshop.api.reservation.ReservationStatus.SOLD_OUT;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One customer's reservation and the rules of its life: decided once, canceled only before pickup and only by its
 * owner (or staff), ready at the counter until its pickup deadline and a no-show after it, and every step safe to ask
 * for twice.
 */
@Aggregate(cache = "reservationCache")
public class Reservation {

    @AggregateIdentifier
    private String reservationId;
    private String breadId;
    private int quantity;
    private String cancelSecretHash;
    private ReservationStatus status;
    private boolean flagged;
    /** Null until accepted, and for reservations accepted before pickup codes existed. */
    private String pickupCode;
    /** Null until READY. */
    private Instant pickupBy;
    private boolean warnedOfDeadline;

    protected Reservation() {
        // for Axon
    }

    @CommandHandler
    public Reservation(PlaceReservationCommand command) {
        ReservationRules.checkPlacement(command.breadId(), command.quantity(), command.cancelSecretHash());
        apply(new ReservationPlacedEvent(command.reservationId(), command.breadId(), command.quantity(),
                command.cancelSecretHash()));
    }

    /**
     * The bakery found too few loaves before the reservation was placed: it is born sold out. It needs no cancel
     * secret (a sold-out reservation cannot be canceled) and no saga (nothing is held), and its event is not the one a
     * placed reservation's saga ends on, so the saga's processor passes it by without looking for a saga.
     */
    @CommandHandler
    public Reservation(RecordSoldOutReservationCommand command) {
        ReservationRules.checkBreadAndQuantity(command.breadId(), command.quantity());
        apply(new SoldOutReservationRecordedEvent(command.reservationId(), command.breadId(), command.quantity()));
    }

    /**
     * A loaf the bakery holds for a waiting customer: born accepted with the bakery's pickup code, and its saga goes
     * on from there as for any accepted reservation. Sent again (the same bread and code), it is already done.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(PlaceOfferedReservationCommand command) {
        if (status != null) {
            ReservationRules.checkSameOffer(reservationId, breadId, pickupCode, command);
            return;
        }
        ReservationRules.checkOffer(command);
        apply(new ReservationPlacedEvent(command.reservationId(), command.breadId(), command.quantity(),
                command.cancelSecretHash()));
        apply(new ReservationAcceptedEvent(command.reservationId(), command.breadId(), command.quantity(),
                command.pickupCode()));
        apply(new OfferedReservationPlacedEvent(command.reservationId(), command.offerId()));
    }

    @CommandHandler
    public void handle(AcceptReservationCommand command) {
        if (status == REQUESTED) {
            apply(new ReservationAcceptedEvent(reservationId, breadId, quantity, command.pickupCode()));
        } else if (!ReservationRules.ACCEPTED_ONCE.contains(status)) {
            throw refused("accepted");
        }
    }

    @CommandHandler
    public void handle(RejectSoldOutReservationCommand command) {
        if (status == REQUESTED) {
            apply(new ReservationSoldOutEvent(reservationId, breadId, quantity));
        } else if (status != SOLD_OUT) {
            throw refused("rejected as sold out");
        }
    }

    @CommandHandler
    public void handle(ConfirmReservationCommand command) {
        if (status == ACCEPTED) {
            apply(new ReservationConfirmedEvent(reservationId, breadId, command.baker()));
        } else if (!ReservationRules.CONFIRMED_ONCE.contains(status)) {
            throw refused("confirmed");
        }
    }

    @CommandHandler
    public void handle(RequestCancellationCommand command) {
        if (!command.byStaff() && !CancelSecrets.matches(cancelSecretHash, command.cancelSecretHash())) {
            throw BusinessRuleException.forbidden("the cancel secret does not match reservation " + reservationId);
        }
        switch (status) {
            case REQUESTED, ACCEPTED, CONFIRMED, READY -> apply(new ReservationCancellationRequestedEvent(
                    reservationId, breadId, quantity, status,
                    command.byStaff() ? CancellationReason.STAFF : CancellationReason.CUSTOMER));
            case CANCELLATION_REQUESTED, CANCELED -> {
                // canceling twice is harmless
            }
            case SOLD_OUT -> throw BusinessRuleException.conflict(
                    "reservation " + reservationId + " was sold out; there is nothing to cancel");
            case PICKED_UP -> throw BusinessRuleException.conflict(
                    "reservation " + reservationId + " was picked up; it can no longer be canceled");
            case NO_SHOW -> throw BusinessRuleException.conflict("reservation " + reservationId
                    + " was not picked up in time (NO_SHOW); there is nothing to cancel");
        }
    }

    /** Only an undecided reservation is abandoned; one whose decision was recorded meanwhile goes on as decided. */
    @CommandHandler
    public void handle(AbandonReservationCommand command) {
        if (status == REQUESTED) {
            apply(new ReservationCancellationRequestedEvent(reservationId, breadId, quantity, status,
                    CancellationReason.ABANDONED));
        }
    }

    @CommandHandler
    public void handle(CompleteCancellationCommand command) {
        if (status == CANCELLATION_REQUESTED) {
            apply(new ReservationCanceledEvent(reservationId, breadId, quantity));
        } else if (status != CANCELED) {
            throw refused("marked canceled");
        }
    }

    @CommandHandler
    public void handle(PickUpReservationCommand command) {
        if (command.pickupCode() != null && !command.pickupCode().equals(pickupCode)) {
            throw BusinessRuleException.conflict("reservation " + reservationId + " does not have pickup code "
                    + command.pickupCode());
        }
        ReservationRules.checkHandOver(reservationId, status);
        apply(new ReservationPickedUpEvent(reservationId, breadId));
    }

    /** Answers the pickup deadline in force: the one given now, or the one given when it first became ready. */
    @CommandHandler
    public Instant handle(MarkReservationReadyCommand command) {
        if (ReservationRules.becomesReady(reservationId, status, command.pickupBy())) {
            apply(new ReservationReadyEvent(reservationId, breadId, pickupCode, command.pickupBy()));
        }
        return pickupBy;
    }

    @CommandHandler
    public void handle(WarnPickupDeadlineCommand command) {
        if (status == READY && !warnedOfDeadline) {
            apply(new PickupDeadlineNearEvent(reservationId, breadId, pickupCode, pickupBy));
        }
    }

    /** Only loaves still waiting at the counter expire: a pickup or a cancel that came first stands. */
    @CommandHandler
    public void handle(ExpireReservationCommand command) {
        if (status == READY) {
            apply(new ReservationExpiredEvent(reservationId, breadId, quantity, pickupCode));
        }
    }

    @CommandHandler
    public void handle(FlagReservationCommand command) {
        if (!flagged && !status.isTerminal()) {
            apply(new ReservationFlaggedEvent(reservationId, breadId, command.step(), command.waitedSeconds()));
        }
    }

    @CommandHandler
    public void handle(ClearReservationFlagCommand command) {
        if (flagged) {
            apply(new ReservationFlagClearedEvent(reservationId, breadId));
        }
    }

    @EventSourcingHandler
    void on(ReservationPlacedEvent event) {
        reservationId = event.reservationId();
        breadId = event.breadId();
        quantity = event.quantity();
        cancelSecretHash = event.cancelSecretHash();
        status = REQUESTED;
    }

    @EventSourcingHandler
    void on(ReservationAcceptedEvent event) {
        status = ACCEPTED;
        pickupCode = event.pickupCode();
    }

    @EventSourcingHandler
    void on(ReservationSoldOutEvent event) {
        if (reservationId == null) { // born sold out, as recorded before SoldOutReservationRecordedEvent existed
            reservationId = event.reservationId();
            breadId = event.breadId();
            quantity = event.quantity();
        }
        status = SOLD_OUT;
    }

    @EventSourcingHandler
    void on(SoldOutReservationRecordedEvent event) {
        reservationId = event.reservationId();
        breadId = event.breadId();
        quantity = event.quantity();
        status = SOLD_OUT;
    }

    @EventSourcingHandler
    void on(ReservationConfirmedEvent event) {
        status = CONFIRMED;
    }

    @EventSourcingHandler
    void on(ReservationReadyEvent event) {
        status = READY;
        pickupBy = event.pickupBy();
    }

    @EventSourcingHandler
    void on(PickupDeadlineNearEvent event) {
        warnedOfDeadline = true;
    }

    @EventSourcingHandler
    void on(ReservationExpiredEvent event) {
        status = NO_SHOW;
    }

    @EventSourcingHandler
    void on(ReservationCancellationRequestedEvent event) {
        status = CANCELLATION_REQUESTED;
    }

    @EventSourcingHandler
    void on(ReservationCanceledEvent event) {
        status = CANCELED;
    }

    @EventSourcingHandler
    void on(ReservationPickedUpEvent event) {
        status = PICKED_UP;
    }

    @EventSourcingHandler
    void on(ReservationFlaggedEvent event) {
        flagged = true;
    }

    @EventSourcingHandler
    void on(ReservationFlagClearedEvent event) {
        flagged = false;
    }

    private BusinessRuleException refused(String what) {
        return BusinessRuleException.conflict("reservation " + reservationId + " is " + status
                + " and cannot be " + what);
    }
}
