package com.bbangshop.reservation.notification;

import com.bbangshop.api.reservation.ReservationCanceledEvent;
import com.bbangshop.api.reservation.ReservationCancellationRequestedEvent;
import com.bbangshop.api.reservation.ReservationPickedUpEvent;
import com.bbangshop.api.reservation.ReservationSoldOutEvent;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Which events notify the customer, and which end a reservation (its contact is then deleted). A new notification
 * is one line in {@link #TRIGGERS} and its texts in {@link NotificationKind}; a new way to end, one line in
 * {@link #ENDINGS}.
 */
final class NotificationTriggers {

    /** An event of type {@code type} that passes {@code when} tells its reservation's customer {@code kind}. */
    record Trigger<E>(Class<E> type, Predicate<E> when, NotificationKind kind, Function<E, String> reservationId) {

        Optional<Notice> noticeOf(Object event) {
            return type.isInstance(event) && when.test(type.cast(event))
                    ? Optional.of(new Notice(kind, reservationId.apply(type.cast(event)))) : Optional.empty();
        }
    }

    /** What to tell whom. */
    record Notice(NotificationKind kind, String reservationId) {
    }

    /** An event of type {@code type} ends the reservation {@code reservationId} names. */
    record Ending<E>(Class<E> type, Function<E, String> reservationId) {

        Optional<String> endedBy(Object event) {
            return type.isInstance(event) ? Optional.of(reservationId.apply(type.cast(event))) : Optional.empty();
        }
    }

    // Staff cancels are told apart by the cancel event's reason; the cancel itself is decided there, so the customer
    // hears of it at once rather than after the loaves are back.
    static final List<Trigger<?>> TRIGGERS = List.of(
            new Trigger<>(ReservationCancellationRequestedEvent.class, ReservationCancellationRequestedEvent::byStaff,
                    NotificationKind.CANCELED_BY_STAFF, ReservationCancellationRequestedEvent::reservationId));

    // An abandoned reservation ends with ReservationCanceledEvent too. A reservation born sold out
    // (SoldOutReservationRecordedEvent, most requests of a flash sale) never has a contact, which is kept only for an
    // accepted one, so it costs no delete; a placed one found sold out is rare, and deleted to be sure.
    static final List<Ending<?>> ENDINGS = List.of(
            new Ending<>(ReservationPickedUpEvent.class, ReservationPickedUpEvent::reservationId),
            new Ending<>(ReservationCanceledEvent.class, ReservationCanceledEvent::reservationId),
            new Ending<>(ReservationSoldOutEvent.class, ReservationSoldOutEvent::reservationId));

    /** Whether events of this type notify or end a reservation: the processor reads past all others. */
    static boolean concerns(Class<?> payloadType) {
        return TRIGGERS.stream().anyMatch(trigger -> trigger.type().isAssignableFrom(payloadType))
                || ENDINGS.stream().anyMatch(ending -> ending.type().isAssignableFrom(payloadType));
    }

    static Optional<Notice> noticeOf(Object event) {
        return TRIGGERS.stream().flatMap(trigger -> trigger.noticeOf(event).stream()).findFirst();
    }

    static Optional<String> endedBy(Object event) {
        return ENDINGS.stream().flatMap(ending -> ending.endedBy(event).stream()).findFirst();
    }

    private NotificationTriggers() {
    }
}
