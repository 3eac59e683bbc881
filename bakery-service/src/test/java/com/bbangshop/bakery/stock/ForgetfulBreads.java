package com.bbangshop.bakery.stock;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.time.Duration;

/** Breads that keep only a few settled decisions, so that a test reaches forgotten reservations in a few events. */
final class ForgetfulBreads {

    private ForgetfulBreads() {
    }

    static AggregateTestFixture<BreadStock> fixture(int settledKept) {
        AggregateTestFixture<BreadStock> fixture = new AggregateTestFixture<>(BreadStock.class);
        fixture.registerInjectableResource(new WaitlistProperties(Duration.ofMinutes(10)));
        fixture.registerAggregateFactory(new AggregateFactory<>() {
            @Override
            public BreadStock createAggregateRoot(String breadId, DomainEventMessage<?> firstEvent) {
                return new BreadStock(new DecidedReservations(settledKept));
            }

            @Override
            public Class<BreadStock> getAggregateType() {
                return BreadStock.class;
            }
        });
        return fixture;
    }
}
