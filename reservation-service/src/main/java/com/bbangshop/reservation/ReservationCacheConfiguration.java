package com.bbangshop.reservation;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The saga sends a reservation three or four commands in quick succession; keep it loaded between them. */
@Configuration
public class ReservationCacheConfiguration {

    @Bean
    public Cache reservationCache() {
        return new WeakReferenceCache();
    }
}
