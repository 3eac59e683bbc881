package com.bbangshop.reservation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Staff mark a tray of loaves ready at once: {@code {"reservationIds":["...", "..."]}}. */
public record MarkReadyRequest(
        @NotNull @Size(min = 1, max = MarkReadyRequest.MAX_IDS) List<@NotBlank @Size(max = 64) String> reservationIds) {

    static final int MAX_IDS = 100;
}
