package com.bbangshop.bakery.stock;

import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/** {@code {"opensAt": "2026-12-07T10:00:00Z"}}: a later opening, in the future and before the bread closes. */
public record PostponeOpeningRequest(@NotNull Instant opensAt) {
}
