package com.bbangshop.reservation;

import com.bbangshop.runtime.caching.AggregateCaches;
import org.axonframework.common.caching.Cache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The saga sends a reservation three or four commands in quick succession; keep it loaded between them. */
@Configuration
public class ReservationCacheConfiguration {

    @Bean
    public Cache reservationCache(AggregateCaches caches,
                                  @Value("${bbangshop.reservation.cache-size:10000}") int size) {
        return caches.boundedTo("reservationCache", size);
    }
}
