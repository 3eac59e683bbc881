package com.bbangshop.reservation.saga;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;

/** Puts every event that names a reservation ({@code reservationId()}) in that reservation's sequence. */
public class ReservationSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    private static final ClassValue<Optional<Method>> RESERVATION_ID = new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> payloadType) {
            try {
                Method accessor = payloadType.getMethod("reservationId");
                return accessor.getReturnType() == String.class ? Optional.of(accessor) : Optional.empty();
            } catch (NoSuchMethodException e) {
                return Optional.empty();
            }
        }
    };

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        Optional<Method> accessor = RESERVATION_ID.get(event.getPayloadType());
        if (accessor.isEmpty()) {
            return SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
        }
        try {
            return accessor.get().invoke(event.getPayload());
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read reservationId of " + event.getPayloadType(), e);
        }
    }
}
