package com.bbangshop.reservation;

import com.bbangshop.support.caching.AggregateCaches;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A reservation stays loaded between the saga's commands, garbage collections included. */
class ReservationCacheTest {

    private final AggregateCaches caches = new AggregateCaches();
    private final Cache cache = new ReservationCacheConfiguration().reservationCache(caches, 10);

    @AfterEach
    void close() {
        caches.close();
    }

    @Test
    void aReservationStaysLoadedThroughGarbageCollections() {
        Object reservation = new Object();
        cache.put("reservation-1", reservation);

        for (int i = 0; i < 3; i++) {
            System.gc();
        }

        assertThat(cache.<String, Object>get("reservation-1")).isSameAs(reservation);
    }
}
