package com.bbangshop.api.stock;

/**
 * A limited edition opened. {@code pickupPrefix} starts the pickup code of every loaf reserved from it (unique among
 * the open breads when it was registered); null in the events of breads registered before pickup codes existed,
 * whose reservations get no code.
 */
public record BreadRegisteredEvent(String breadId, String name, int quantity, int maxPerReservation,
                                   String pickupPrefix) {

    /** A bread as registered before pickup codes existed: no prefix, so no codes. */
    public BreadRegisteredEvent(String breadId, String name, int quantity, int maxPerReservation) {
        this(breadId, name, quantity, maxPerReservation, null);
    }
}
