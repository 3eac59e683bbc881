package com.bbangshop.bakery.assignment;

import com.bbangshop.api.assignment.AssignBakerCommand;
import com.bbangshop.api.assignment.AssignFirstBakerCommand;
import com.bbangshop.api.assignment.AssignmentDeletedEvent;
import com.bbangshop.api.assignment.AssignmentId;
import com.bbangshop.api.assignment.BakerAssignedEvent;
import com.bbangshop.api.assignment.DeleteAssignmentCommand;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class BakerAssignmentTest {

    private static final String RESERVATION = "r1";

    private final AtomicInteger picks = new AtomicInteger();
    private AggregateTestFixture<BakerAssignment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(BakerAssignment.class);
        fixture.registerInjectableResource((BakerPicker) () -> {
            picks.incrementAndGet();
            return "Hana";
        });
    }

    @Test
    void theAssignmentIsKeyedByItsReservationWithAPrefixOfItsOwn() {
        assertThat(new AssignBakerCommand(RESERVATION, "bread-1", 2).assignmentId()).isEqualTo("assignment-r1");
        assertThat(new DeleteAssignmentCommand(RESERVATION).assignmentId()).isEqualTo(AssignmentId.of(RESERVATION));
    }

    @Test
    void assigningAFreshReservationAssignsThePickedBakerAndAnswersWithIt() {
        fixture.givenNoPriorActivity()
               .when(new AssignBakerCommand(RESERVATION, "bread-1", 2))
               .expectEvents(new BakerAssignedEvent(RESERVATION, "bread-1", 2, "Hana"))
               .expectResultMessagePayload("Hana");
        assertThat(picks).hasValue(1);
    }

    @Test
    void assigningTwiceKeepsTheFirstBakerDrawsNoOneNewAndAnswersWithTheFirst() {
        fixture.given(new BakerAssignedEvent(RESERVATION, "bread-1", 2, "Minji"))
               .when(new AssignBakerCommand(RESERVATION, "bread-1", 2))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents()
               .expectResultMessagePayload("Minji");
        assertThat(picks).hasValue(0);
    }

    @Test
    void theFirstAssignmentOfANewReservationAssignsThePickedBakerAndAnswersWithIt() {
        fixture.givenNoPriorActivity()
               .when(new AssignFirstBakerCommand(RESERVATION, "bread-1", 2))
               .expectEvents(new BakerAssignedEvent(RESERVATION, "bread-1", 2, "Hana"))
               .expectResultMessagePayload("Hana");
        assertThat(picks).hasValue(1);
        assertThat(new AssignFirstBakerCommand(RESERVATION, "bread-1", 2).assignmentId())
                .isEqualTo(AssignmentId.of(RESERVATION));
    }

    @Test
    void aFirstAssignmentForAReservationThatHasOneAlreadyFailsAndChangesNothing() {
        fixture.given(new BakerAssignedEvent(RESERVATION, "bread-1", 2, "Minji"))
               .when(new AssignFirstBakerCommand(RESERVATION, "bread-1", 2))
               .expectException(EventStoreException.class)
               .expectNoEvents();
    }

    @Test
    void deletingAnAssignmentNamesTheBakerItFreed() {
        fixture.given(new BakerAssignedEvent(RESERVATION, "bread-1", 2, "Minji"))
               .when(new DeleteAssignmentCommand(RESERVATION))
               .expectEvents(new AssignmentDeletedEvent(RESERVATION, "Minji"));
    }

    @Test
    void deletingTwiceChangesNothing() {
        fixture.given(new BakerAssignedEvent(RESERVATION, "bread-1", 2, "Minji"),
                       new AssignmentDeletedEvent(RESERVATION, "Minji"))
               .when(new DeleteAssignmentCommand(RESERVATION))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void deletingBeforeAnyAssignmentLeavesATombstoneWithoutABaker() {
        fixture.givenNoPriorActivity()
               .when(new DeleteAssignmentCommand(RESERVATION))
               .expectEvents(new AssignmentDeletedEvent(RESERVATION, null));
    }

    @Test
    void deletingATombstoneAgainChangesNothing() {
        fixture.given(new AssignmentDeletedEvent(RESERVATION, null))
               .when(new DeleteAssignmentCommand(RESERVATION))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void anAssignmentArrivingAfterTheTombstoneIsIgnored() {
        fixture.given(new AssignmentDeletedEvent(RESERVATION, null))
               .when(new AssignBakerCommand(RESERVATION, "bread-1", 2))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents()
               .expectResultMessagePayload(null);
        assertThat(picks).hasValue(0);
    }

    @Test
    void anAssignmentArrivingAfterADeletedAssignmentIsIgnored() {
        fixture.given(new BakerAssignedEvent(RESERVATION, "bread-1", 2, "Minji"),
                       new AssignmentDeletedEvent(RESERVATION, "Minji"))
               .when(new AssignBakerCommand(RESERVATION, "bread-1", 2))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents()
               .expectResultMessagePayload(null);
    }
}
