package com.bbangshop.api.stock;

import java.time.Instant;

/**
 * A limited edition opened. {@code pickupPrefix} starts the pickup code of every loaf reserved from it (unique among
 * the open breads when it was registered); null in the events of breads registered before pickup codes existed,
 * whose reservations get no code. {@code opensAt} null is on sale at once and {@code closesAt} null is on sale until
 * staff end it: what every event stored before sale times existed means.
 */
public record BreadRegisteredEvent(String breadId, String name, int quantity, int maxPerReservation,
                                   String pickupPrefix, Instant opensAt, Instant closesAt) {

    /** A bread as registered before pickup codes existed: no prefix, so no codes; on sale at once. */
    public BreadRegisteredEvent(String breadId, String name, int quantity, int maxPerReservation) {
        this(breadId, name, quantity, maxPerReservation, null);
    }

    /** A bread as registered before sale times existed: on sale at once, until staff end it. */
    public BreadRegisteredEvent(String breadId, String name, int quantity, int maxPerReservation,
                                String pickupPrefix) {
        this(breadId, name, quantity, maxPerReservation, pickupPrefix, null, null);
    }
}
