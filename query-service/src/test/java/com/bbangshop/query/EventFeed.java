package com.bbangshop.query;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Hands events to a projection's handlers as an event processor does: a batch of events in one unit of work. */
public final class EventFeed {

    private final AnnotationEventHandlerAdapter handlers;

    public EventFeed(Object projection) {
        this.handlers = new AnnotationEventHandlerAdapter(projection);
    }

    public static EventMessage<?> event(Object payload, Instant at) {
        return new GenericEventMessage<>(UUID.randomUUID().toString(), payload, Map.of(), at);
    }

    /** The event in a batch of its own. */
    public void handle(Object payload, Instant at) {
        handleInOneBatch(List.of(event(payload, at)));
    }

    /** The events in one batch, committed together, or (on a failure) rolled back together. */
    public void handleInOneBatch(List<EventMessage<?>> events) {
        DefaultUnitOfWork.startAndGet(events.get(0)).execute(() -> events.forEach(this::handleNow));
    }

    /** The event at once, in whatever unit of work the caller has started. */
    public void handleNow(EventMessage<?> event) {
        try {
            handlers.handle(event);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
