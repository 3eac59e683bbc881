package com.bbangshop.bakery.assignment;

import com.bbangshop.api.assignment.AssignBakerCommand;
import com.bbangshop.api.assignment.AssignFirstBakerCommand;
import com.bbangshop.api.assignment.AssignmentDeletedEvent;
import com.bbangshop.api.assignment.AssignmentId;
import com.bbangshop.api.assignment.BakerAssignedEvent;
import com.bbangshop.api.assignment.DeleteAssignmentCommand;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Which baker bakes one reservation. Keyed by the reservation, so assigning and deleting can arrive in any order
 * and any number of times: a deletion that comes first leaves a tombstone that a late assignment respects.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class BakerAssignment {

    enum State { ASSIGNED, DELETED }

    @AggregateIdentifier
    private String assignmentId;
    private State state;
    private String baker;

    protected BakerAssignment() {
        // for Axon
    }

    /**
     * Answers with the baker, so whoever asked can confirm with it at once; asking again repeats the first baker.
     * Null if the assignment was deleted (canceled) before it got here: there is nothing to confirm.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public String handle(AssignBakerCommand command, BakerPicker bakerPicker) {
        if (state == null) {
            apply(new BakerAssignedEvent(command.reservationId(), command.breadId(), command.quantity(),
                    bakerPicker.pick()));
        }
        return state == State.ASSIGNED ? baker : null;
    }

    /**
     * Creates the assignment without looking for an earlier one: loading an assignment that is not there was most of
     * the cost of a sold loaf's placement (a snapshot query, an events query and a scan of the placement group's
     * staged events). One that exists already fails the append and changes nothing.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public String handle(AssignFirstBakerCommand command, BakerPicker bakerPicker) {
        apply(new BakerAssignedEvent(command.reservationId(), command.breadId(), command.quantity(),
                bakerPicker.pick()));
        return baker;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(DeleteAssignmentCommand command) {
        if (state == State.DELETED) {
            return;
        }
        apply(new AssignmentDeletedEvent(command.reservationId(), baker));
    }

    @EventSourcingHandler
    void on(BakerAssignedEvent event) {
        assignmentId = AssignmentId.of(event.reservationId());
        baker = event.baker();
        state = State.ASSIGNED;
    }

    @EventSourcingHandler
    void on(AssignmentDeletedEvent event) {
        assignmentId = AssignmentId.of(event.reservationId());
        state = State.DELETED;
    }
}
