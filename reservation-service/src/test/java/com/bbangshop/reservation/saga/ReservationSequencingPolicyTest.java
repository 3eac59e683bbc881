package com.bbangshop.reservation.saga;

import com.bbangshop.api.assignment.BakerAssignedEvent;
import com.bbangshop.api.reservation.ReservationPlacedEvent;
import com.bbangshop.api.stock.BreadRegisteredEvent;
import com.bbangshop.api.stock.StockSoldOutEvent;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReservationSequencingPolicyTest {

    private final ReservationSequencingPolicy policy = new ReservationSequencingPolicy();

    @Test
    void theBreadsAnswerFallsInTheSameSequenceAsTheReservationThatAskedForIt() {
        Object placed = policy.getSequenceIdentifierFor(new GenericDomainEventMessage<>("Reservation", "r-1", 0,
                new ReservationPlacedEvent("r-1", "bread-1", 1, "hash")));
        Object soldOut = policy.getSequenceIdentifierFor(new GenericDomainEventMessage<>("BreadStock", "bread-1", 7,
                new StockSoldOutEvent("bread-1", "r-1", 1, 0)));
        Object assigned = policy.getSequenceIdentifierFor(new GenericDomainEventMessage<>("BakerAssignment",
                "assignment-r-1", 0, new BakerAssignedEvent("r-1", "bread-1", 1, "Hana")));

        assertThat(soldOut).isEqualTo(placed).isEqualTo(assigned).isEqualTo("r-1");
    }

    @Test
    void anEventThatNamesNoReservationIsSequencedByItsAggregate() {
        Object registered = policy.getSequenceIdentifierFor(new GenericDomainEventMessage<>("BreadStock", "bread-1", 0,
                new BreadRegisteredEvent("bread-1", "cookie", 100, 5)));

        assertThat(registered).isEqualTo("bread-1");
    }
}
