package com.bbangshop.reservation;

import com.bbangshop.reservation.pickup.PickupProperties;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/** Until when loaves marked ready now wait at the counter: their bread's window, or the shop's where it has none. */
@Component
public class PickupDeadlines {

    private final KnownBreads breads;
    private final PickupProperties pickup;
    private final Clock clock;

    public PickupDeadlines(KnownBreads breads, PickupProperties pickup, Clock clock) {
        this.breads = breads;
        this.pickup = pickup;
        this.clock = clock;
    }

    public Instant pickupByFor(String breadId) {
        Integer breadWindow = breads.find(breadId).map(KnownBreads.Bread::pickupWindowMinutes).orElse(null);
        return clock.instant().plus(pickup.windowOf(breadWindow));
    }
}
