package com.bbangshop.reservation.saga;

import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.modelling.saga.repository.CachingSagaStore;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jpa.JpaSagaStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the reservation sagas are stored and which processor thread handles which saga. */
@Configuration
public class SagaProcessingConfiguration {

    static final String PROCESSOR = "ReservationSagaProcessor";

    /**
     * A saga hears from its reservation, from the bread's stock and from the assignment. Sequenced by aggregate (the
     * default), the bread's answer could reach another segment's thread before the saga that asked for it had even
     * been stored, and be lost. Sequenced by reservation, one thread sees a saga's events in order.
     */
    @Autowired
    void sequenceSagaEventsByReservation(EventProcessingConfigurer configurer) {
        configurer.registerSequencingPolicy(PROCESSOR, configuration -> new ReservationSequencingPolicy());
    }

    /**
     * A reservation's saga handles five or six events within a second of its start. Without a cache each of them looks
     * its saga up by association and reads and deserializes it again; the cache keeps both in memory and writes every
     * change through. With the sequencing above, only one segment ever handles a given saga.
     */
    @Bean
    public SagaStore<Object> reservationSagaStore(EntityManagerProvider entityManagerProvider,
                                                  @Qualifier("serializer") Serializer serializer) {
        JpaSagaStore database = JpaSagaStore.builder()
                .entityManagerProvider(entityManagerProvider)
                .serializer(serializer)
                .build();
        return CachingSagaStore.builder()
                .delegateSagaStore(database)
                .sagaCache(new WeakReferenceCache())
                .associationsCache(new WeakReferenceCache())
                .build();
    }
}
