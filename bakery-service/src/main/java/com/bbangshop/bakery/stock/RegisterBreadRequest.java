package com.bbangshop.bakery.stock;

import com.bbangshop.api.rules.Limits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * The seed's body: {@code {"breadName":"cookie","quantity":100}}; {@code maxPerReservation} is optional, and so are
 * {@code opensAt} (absent: on sale at once) and {@code closesAt} (absent: until staff end the sale), ISO-8601 instants,
 * {@code maxPerCustomer} (absent: no limit per customer) and {@code pickupWindowMinutes}, how long ready loaves wait at
 * the counter (absent: the shop's default).
 */
public record RegisterBreadRequest(
        @NotBlank @Size(max = Limits.MAX_BREAD_NAME_LENGTH) String breadName,
        @NotNull @Min(1) @Max(Limits.MAX_EDITION_SIZE) Integer quantity,
        @Min(1) @Max(Limits.MAX_PER_RESERVATION) Integer maxPerReservation,
        Instant opensAt,
        Instant closesAt,
        @Min(1) @Max(Limits.MAX_EDITION_SIZE) Integer maxPerCustomer,
        @Min(1) @Max(Limits.MAX_PICKUP_WINDOW_MINUTES) Integer pickupWindowMinutes) {

    int maxPerReservationOrDefault() {
        return maxPerReservation == null ? Math.min(Limits.DEFAULT_PER_RESERVATION, quantity) : maxPerReservation;
    }

    int maxPerCustomerOrNone() {
        return maxPerCustomer == null ? 0 : maxPerCustomer;
    }
}
