package com.bbangshop.api.stock;

import java.time.Instant;

/**
 * A limited edition opened. {@code pickupPrefix} starts the pickup code of every loaf reserved from it (unique among
 * the open breads when it was registered); null in the events of breads registered before pickup codes existed,
 * whose reservations get no code. {@code opensAt} null is on sale at once and {@code closesAt} null is on sale until
 * staff end it; {@code maxPerCustomer} 0 is no limit per customer: what every event stored before these existed
 * means. {@code pickupWindowMinutes} is how long a ready loaf waits at the counter; null: the shop's default.
 */
public record BreadRegisteredEvent(String breadId, String name, int quantity, int maxPerReservation,
                                   String pickupPrefix, Instant opensAt, Instant closesAt, Integer maxPerCustomer,
                                   Integer pickupWindowMinutes) {

    /**
     * {@code maxPerCustomer} is boxed because events stored before it existed lack it, and the shop's JSON refuses
     * a missing primitive; absent, it is 0.
     */
    public BreadRegisteredEvent {
        maxPerCustomer = maxPerCustomer == null ? 0 : maxPerCustomer;
    }

    /** A bread as registered before pickup windows existed: the shop's default window. */
    public BreadRegisteredEvent(String breadId, String name, int quantity, int maxPerReservation,
                                String pickupPrefix, Instant opensAt, Instant closesAt, Integer maxPerCustomer) {
        this(breadId, name, quantity, maxPerReservation, pickupPrefix, opensAt, closesAt, maxPerCustomer, null);
    }

    /** A bread as registered before pickup codes existed: no prefix, so no codes; on sale at once. */
    public BreadRegisteredEvent(String breadId, String name, int quantity, int maxPerReservation) {
        this(breadId, name, quantity, maxPerReservation, null);
    }

    /** A bread as registered before sale times existed: on sale at once, until staff end it. */
    public BreadRegisteredEvent(String breadId, String name, int quantity, int maxPerReservation,
                                String pickupPrefix) {
        this(breadId, name, quantity, maxPerReservation, pickupPrefix, null, null);
    }

    /** A bread as registered before limits per customer existed. */
    public BreadRegisteredEvent(String breadId, String name, int quantity, int maxPerReservation,
                                String pickupPrefix, Instant opensAt, Instant closesAt) {
        this(breadId, name, quantity, maxPerReservation, pickupPrefix, opensAt, closesAt, 0);
    }
}
