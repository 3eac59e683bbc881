package com.bbangshop.reservation.waitlist;

import org.axonframework.modelling.command.AggregateStreamCreationException;

/** Tells a placement refused because the reservation's first event exists: an earlier try placed it. */
final class EarlierPlacement {

    private EarlierPlacement() {
    }

    /** As the event store says it in this process, or as Axon Server relays it from another. */
    static boolean refused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AggregateStreamCreationException || cause.getMessage() != null
                    && cause.getMessage().contains("Cannot reuse aggregate identifier")) {
                return true;
            }
        }
        return false;
    }
}
