package com.bbangshop.query.deadletter;

import com.bbangshop.query.ProjectionConfiguration;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jpa.JpaDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The projections' dead-letter queues, as staff sees them: list the parked sequences, retry them. */
@Service
public class DeadLetters {

    static final int LISTED_SEQUENCES = 100;

    private final EventProcessingConfiguration processing;
    private final TransactionManager transactionManager;
    private final DeadLetterProperties properties;

    public DeadLetters(EventProcessingConfiguration processing, TransactionManager transactionManager,
                       DeadLetterProperties properties) {
        this.processing = processing;
        this.transactionManager = transactionManager;
        this.properties = properties;
    }

    public List<String> groups() {
        return Arrays.asList(ProjectionConfiguration.PROCESSING_GROUPS);
    }

    public DeadLetterGroup list(String group) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
        return transactionManager.fetchInTransaction(() -> {
            List<DeadLetterView> items = new ArrayList<>();
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                if (items.size() == LISTED_SEQUENCES) {
                    break;
                }
                var letters = sequence.iterator();
                if (letters.hasNext()) {
                    DeadLetter<? extends EventMessage<?>> first = letters.next();
                    items.add(view(group, first));
                }
            }
            return new DeadLetterGroup(group, queue.amountOfSequences(), queue.size(), items);
        });
    }

    /** Retries every parked sequence of the group once, oldest first; staff may retry as often as they like. */
    public RetryOutcome retryAll(String group) {
        return retry(group, letter -> true);
    }

    /** Retries the sequences whose automatic retries are not used up yet. */
    RetryOutcome retryAutomatically(String group) {
        return retry(group, letter -> RetryCount.of(letter) < properties.automaticRetries());
    }

    private RetryOutcome retry(String group, Predicate<DeadLetter<? extends EventMessage<?>>> eligible) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing.sequencedDeadLetterProcessor(group)
                .orElseThrow(() -> new UnknownProjectionException(group));
        long parked = transactionManager.fetchInTransaction(queue::amountOfSequences);
        int succeeded = 0;
        for (long i = 0; i < parked; i++) {
            // each call takes the least recently tried sequence; a failed one is touched and goes to the back
            if (processor.process(eligible)) {
                succeeded++;
            }
        }
        return new RetryOutcome(group, (int) parked, succeeded,
                transactionManager.fetchInTransaction(queue::amountOfSequences));
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String group) {
        if (!groups().contains(group)) {
            throw new UnknownProjectionException(group);
        }
        return processing.deadLetterQueue(group).orElseThrow(() -> new UnknownProjectionException(group));
    }

    private DeadLetterView view(String group, DeadLetter<? extends EventMessage<?>> first) {
        String sequence = first instanceof JpaDeadLetter<?> stored ? stored.getSequenceIdentifier() : "?";
        long letters = transactionManager.fetchInTransaction(() -> queue(group).sequenceSize(sequence));
        Optional<Cause> cause = first.cause();
        int retries = RetryCount.of(first);
        return new DeadLetterView(group, sequence, letters, first.message().getPayloadType().getSimpleName(),
                first.message().getIdentifier(), cause.map(Cause::type).orElse(null),
                cause.map(Cause::message).orElse(null), first.enqueuedAt(), first.lastTouched(), retries,
                retries >= properties.automaticRetries());
    }
}
