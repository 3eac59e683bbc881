package com.bbangshop.reservation;

import com.bbangshop.support.caching.AggregateCaches;
import org.axonframework.common.caching.Cache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * The saga sends a reservation three or four commands in quick succession; keep it loaded between them. A
 * reservation untouched for a minute is done with: it leaves, so that finished ones never crowd out those being
 * placed.
 */
@Configuration
public class ReservationCacheConfiguration {

    private static final Duration DONE_WITH_AFTER = Duration.ofMinutes(1);

    @Bean
    public Cache reservationCache(AggregateCaches caches, ReservationProperties properties) {
        return reservationCache(caches, properties.cacheSize());
    }

    Cache reservationCache(AggregateCaches caches, int size) {
        return caches.boundedTo("reservationCache", size, DONE_WITH_AFTER);
    }
}
