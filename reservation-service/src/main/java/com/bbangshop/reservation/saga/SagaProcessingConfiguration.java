package com.bbangshop.reservation.saga;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * Which processor thread handles which reservation saga. (A caching saga store was tried for speed and removed:
 * with it, under load, a few reservations were left waiting for a stock decision their saga never handled.)
 */
@Configuration
public class SagaProcessingConfiguration {

    static final String PROCESSOR = "ReservationSagaProcessor";

    /**
     * A saga hears from its reservation, from the bread's stock and from the assignment. On several segments (one by
     * default, more where an operator splits them) and sequenced by aggregate, the bread's answer could reach another
     * segment's thread before the saga that asked for it had even been stored, and be lost. Sequenced by reservation,
     * one thread sees a saga's events in order.
     */
    @Autowired
    void sequenceSagaEventsByReservation(EventProcessingConfigurer configurer) {
        configurer.registerSequencingPolicy(PROCESSOR, configuration -> new ReservationSequencingPolicy());
    }
}
