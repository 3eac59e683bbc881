package com.bbangshop.query.deadletter;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every event a projection fails on is parked, never dropped: dropping it would leave the view wrong for good. The
 * letter counts its retries; {@link DeadLetterRetrier} stops retrying on its own after a few and leaves it to staff.
 */
public class ProjectionDeadLetterPolicy implements EnqueuePolicy<EventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(ProjectionDeadLetterPolicy.class);

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        log.warn("{} {} could not be handled; it is parked (retries so far: {})",
                letter.message().getPayloadType().getSimpleName(), letter.message().getIdentifier(),
                RetryCount.of(letter), cause);
        return Decisions.requeue(ThrowableCause.truncated(cause), RetryCount::afterFailure);
    }
}
