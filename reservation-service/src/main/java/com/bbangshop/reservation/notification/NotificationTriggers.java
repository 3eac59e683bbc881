package com.bbangshop.reservation.notification;

import com.bbangshop.api.reservation.PickupDeadlineNearEvent;
import com.bbangshop.api.reservation.ReservationCancellationRequestedEvent;
import com.bbangshop.api.reservation.ReservationCanceledEvent;
import com.bbangshop.api.reservation.ReservationExpiredEvent;
import com.bbangshop.api.reservation.ReservationPickedUpEvent;
import com.bbangshop.api.reservation.ReservationReadyEvent;
import com.bbangshop.api.reservation.ReservationSoldOutEvent;
import com.bbangshop.api.waitlist.LoafOfferedEvent;
import com.bbangshop.api.waitlist.OfferAcceptedEvent;
import com.bbangshop.api.waitlist.OfferDeclinedEvent;
import com.bbangshop.api.waitlist.OfferExpiredEvent;
import com.bbangshop.api.waitlist.WaitlistLeftEvent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Which events notify a customer, which end a reservation's or a waiter's contact (it is then deleted), and which
 * hand a waiter's contact to the reservation their offer became. A new notification is one line in
 * {@link #TRIGGERS} and its texts in {@link NotificationKind}; a new way to end, one line in {@link #ENDINGS}.
 */
final class NotificationTriggers {

    /** An event of type {@code type} that passes {@code when} makes {@code notice}. */
    record Trigger<E>(Class<E> type, Predicate<E> when, Function<E, Notice> notice) {

        Trigger(Class<E> type, Function<E, Notice> notice) {
            this(type, event -> true, notice);
        }

        Optional<Notice> noticeOf(Object event) {
            return type.isInstance(event) && when.test(type.cast(event))
                    ? Optional.of(notice.apply(type.cast(event))) : Optional.empty();
        }
    }

    /**
     * What to tell whom: {@code contactId} is the reservation's id, or the waiter's for a waitlist offer;
     * {@code pickupCode} and {@code until} (the pickup deadline, or the end of an offer's hold) when the kind says them.
     */
    record Notice(NotificationKind kind, String contactId, String pickupCode, Instant until) {

        Notice(NotificationKind kind, String contactId) {
            this(kind, contactId, null, null);
        }
    }

    /** An event of type {@code type} ends the contact {@code contactId} names. */
    record Ending<E>(Class<E> type, Function<E, String> contactId) {

        Optional<String> endedBy(Object event) {
            return type.isInstance(event) ? Optional.of(contactId.apply(type.cast(event))) : Optional.empty();
        }
    }

    /** A waiter whose offer became a reservation: their contact now belongs to it. */
    record Handover(String fromId, String toId) {
    }

    // Staff cancels are told apart by the cancel event's reason; the cancel itself is decided there, so the customer
    // hears of it at once rather than after the loaves are back.
    static final List<Trigger<?>> TRIGGERS = List.of(
            new Trigger<>(ReservationCancellationRequestedEvent.class, ReservationCancellationRequestedEvent::byStaff,
                    event -> new Notice(NotificationKind.CANCELED_BY_STAFF, event.reservationId())),
            new Trigger<>(ReservationReadyEvent.class, event -> new Notice(NotificationKind.READY,
                    event.reservationId(), event.pickupCode(), event.pickupBy())),
            new Trigger<>(PickupDeadlineNearEvent.class, event -> new Notice(NotificationKind.PICKUP_ENDING,
                    event.reservationId(), event.pickupCode(), event.pickupBy())),
            new Trigger<>(LoafOfferedEvent.class, event -> new Notice(NotificationKind.LOAF_OFFERED,
                    event.waiterId(), null, event.holdUntil())));

    // An abandoned reservation ends with ReservationCanceledEvent too. A reservation born sold out
    // (SoldOutReservationRecordedEvent, most requests of a flash sale) never has a contact, which is kept only for an
    // accepted one, so it costs no delete; a placed one found sold out is rare, and deleted to be sure. A waiter's
    // contact ends when they leave the line without a reservation.
    static final List<Ending<?>> ENDINGS = List.of(
            new Ending<>(ReservationPickedUpEvent.class, ReservationPickedUpEvent::reservationId),
            new Ending<>(ReservationCanceledEvent.class, ReservationCanceledEvent::reservationId),
            new Ending<>(ReservationSoldOutEvent.class, ReservationSoldOutEvent::reservationId),
            new Ending<>(ReservationExpiredEvent.class, ReservationExpiredEvent::reservationId),
            new Ending<>(WaitlistLeftEvent.class, WaitlistLeftEvent::waiterId),
            new Ending<>(OfferDeclinedEvent.class, OfferDeclinedEvent::waiterId),
            new Ending<>(OfferExpiredEvent.class, OfferExpiredEvent::waiterId));

    /** Whether events of this type notify, end or hand over a contact: the processor reads past all others. */
    static boolean concerns(Class<?> payloadType) {
        return TRIGGERS.stream().anyMatch(trigger -> trigger.type().isAssignableFrom(payloadType))
                || ENDINGS.stream().anyMatch(ending -> ending.type().isAssignableFrom(payloadType))
                || OfferAcceptedEvent.class.isAssignableFrom(payloadType);
    }

    static Optional<Notice> noticeOf(Object event) {
        return TRIGGERS.stream().flatMap(trigger -> trigger.noticeOf(event).stream()).findFirst();
    }

    static Optional<String> endedBy(Object event) {
        return ENDINGS.stream().flatMap(ending -> ending.endedBy(event).stream()).findFirst();
    }

    static Optional<Handover> handoverOf(Object event) {
        return event instanceof OfferAcceptedEvent accepted
                ? Optional.of(new Handover(accepted.waiterId(), accepted.reservationId())) : Optional.empty();
    }

    private NotificationTriggers() {
    }
}
