package com.bbangshop.bakery.stock;

import com.bbangshop.api.rules.Limits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

public record RestockRequest(@NotNull @Min(1) @Max(Limits.MAX_RESTOCK) Integer quantity) {
}
