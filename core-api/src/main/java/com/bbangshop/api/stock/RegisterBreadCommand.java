package com.bbangshop.api.stock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Opens a limited edition: {@code quantity} loaves, at most {@code maxPerReservation} per reservation, on sale from
 * {@code opensAt} (null: at once) until {@code closesAt} (null: until staff end the sale), at most
 * {@code maxPerCustomer} loaves held by one customer (0: no such limit); a ready loaf waits at the counter
 * {@code pickupWindowMinutes} (null: the shop's default).
 */
public record RegisterBreadCommand(@TargetAggregateIdentifier String breadId, String name, int quantity,
                                   int maxPerReservation, Instant opensAt, Instant closesAt, int maxPerCustomer,
                                   Integer pickupWindowMinutes) {

    /** On sale at once, until staff end the sale, without a limit per customer. */
    public RegisterBreadCommand(String breadId, String name, int quantity, int maxPerReservation) {
        this(breadId, name, quantity, maxPerReservation, null, null);
    }

    /** With the shop's default pickup window. */
    public RegisterBreadCommand(String breadId, String name, int quantity, int maxPerReservation, Instant opensAt,
                                Instant closesAt, int maxPerCustomer) {
        this(breadId, name, quantity, maxPerReservation, opensAt, closesAt, maxPerCustomer, null);
    }

    /** Without a limit per customer. */
    public RegisterBreadCommand(String breadId, String name, int quantity, int maxPerReservation, Instant opensAt,
                                Instant closesAt) {
        this(breadId, name, quantity, maxPerReservation, opensAt, closesAt, 0);
    }
}
