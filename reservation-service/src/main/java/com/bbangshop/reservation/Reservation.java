package com.bbangshop.reservation;

import com.bbangshop.api.reservation.AbandonReservationCommand;
import com.bbangshop.api.reservation.AcceptReservationCommand;
import com.bbangshop.api.reservation.CancellationReason;
import com.bbangshop.api.reservation.ClearReservationFlagCommand;
import com.bbangshop.api.reservation.CompleteCancellationCommand;
import com.bbangshop.api.reservation.ConfirmReservationCommand;
import com.bbangshop.api.reservation.FlagReservationCommand;
import com.bbangshop.api.reservation.PickUpReservationCommand;
import com.bbangshop.api.reservation.PlaceReservationCommand;
import com.bbangshop.api.reservation.RecordSoldOutReservationCommand;
import com.bbangshop.api.reservation.RejectSoldOutReservationCommand;
import com.bbangshop.api.reservation.RequestCancellationCommand;
import com.bbangshop.api.reservation.ReservationAcceptedEvent;
import com.bbangshop.api.reservation.ReservationCanceledEvent;
import com.bbangshop.api.reservation.ReservationCancellationRequestedEvent;
import com.bbangshop.api.reservation.ReservationConfirmedEvent;
import com.bbangshop.api.reservation.ReservationFlagClearedEvent;
import com.bbangshop.api.reservation.ReservationFlaggedEvent;
import com.bbangshop.api.reservation.ReservationPickedUpEvent;
import com.bbangshop.api.reservation.ReservationPlacedEvent;
import com.bbangshop.api.reservation.ReservationSoldOutEvent;
import com.bbangshop.api.reservation.ReservationStatus;
import com.bbangshop.api.reservation.SoldOutReservationRecordedEvent;
import com.bbangshop.api.rules.BusinessRuleException;
import com.bbangshop.api.rules.Limits;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static com.bbangshop.api.reservation.ReservationStatus.ACCEPTED;
import static com.bbangshop.api.reservation.ReservationStatus.CANCELED;
import static com.bbangshop.api.reservation.ReservationStatus.CANCELLATION_REQUESTED;
import static com.bbangshop.api.reservation.ReservationStatus.CONFIRMED;
import static com.bbangshop.api.reservation.ReservationStatus.PICKED_UP;
import static com.bbangshop.api.reservation.ReservationStatus.REQUESTED;
import static com.bbangshop.api.reservation.ReservationStatus.SOLD_OUT;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One customer's reservation and the rules of its life: decided once, canceled only before pickup and only by its
 * owner (or staff), and every step safe to ask for twice.
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

    protected Reservation() {
        // for Axon
    }

    @CommandHandler
    public Reservation(PlaceReservationCommand command) {
        checkBreadAndQuantity(command.breadId(), command.quantity());
        if (command.cancelSecretHash() == null || command.cancelSecretHash().isBlank()) {
            throw BusinessRuleException.invalid("a reservation needs the hash of its cancel secret");
        }
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
        checkBreadAndQuantity(command.breadId(), command.quantity());
        apply(new SoldOutReservationRecordedEvent(command.reservationId(), command.breadId(), command.quantity()));
    }

    private static void checkBreadAndQuantity(String breadId, int quantity) {
        if (breadId == null || breadId.isBlank()) {
            throw BusinessRuleException.invalid("breadId must not be blank");
        }
        if (quantity < 1 || quantity > Limits.MAX_PER_RESERVATION) {
            throw BusinessRuleException.invalid("quantity must be between 1 and " + Limits.MAX_PER_RESERVATION);
        }
    }

    @CommandHandler
    public void handle(AcceptReservationCommand command) {
        if (status == REQUESTED) {
            apply(new ReservationAcceptedEvent(reservationId, breadId, quantity, command.pickupCode()));
        } else if (status != ACCEPTED && status != CONFIRMED && status != PICKED_UP) {
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
        } else if (status != CONFIRMED && status != PICKED_UP) {
            throw refused("confirmed");
        }
    }

    @CommandHandler
    public void handle(RequestCancellationCommand command) {
        if (!command.byStaff() && !CancelSecrets.matches(cancelSecretHash, command.cancelSecretHash())) {
            throw BusinessRuleException.forbidden("the cancel secret does not match reservation " + reservationId);
        }
        switch (status) {
            case REQUESTED, ACCEPTED, CONFIRMED -> apply(new ReservationCancellationRequestedEvent(reservationId,
                    breadId, quantity, status,
                    command.byStaff() ? CancellationReason.STAFF : CancellationReason.CUSTOMER));
            case CANCELLATION_REQUESTED, CANCELED -> {
                // canceling twice is harmless
            }
            case SOLD_OUT -> throw BusinessRuleException.conflict(
                    "reservation " + reservationId + " was sold out; there is nothing to cancel");
            case PICKED_UP -> throw BusinessRuleException.conflict(
                    "reservation " + reservationId + " was picked up; it can no longer be canceled");
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
        if (status != CONFIRMED) {
            throw BusinessRuleException.conflict("reservation " + reservationId + " is " + status
                    + "; only a CONFIRMED reservation can be picked up");
        }
        apply(new ReservationPickedUpEvent(reservationId, breadId));
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
