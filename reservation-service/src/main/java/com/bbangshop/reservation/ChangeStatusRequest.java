package com.bbangshop.reservation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The seed's cancel: {@code {"status":"cancellation"}}; the secret may come here or in the X-Cancel-Secret header. */
public record ChangeStatusRequest(
        @NotNull @Pattern(regexp = "cancellation", message = "must be 'cancellation' (the only status a customer can set)")
        String status,
        @Size(max = 128) String cancelSecret) {
}
