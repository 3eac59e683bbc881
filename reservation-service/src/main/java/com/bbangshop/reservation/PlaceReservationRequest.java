package com.bbangshop.reservation;

import com.bbangshop.api.rules.Limits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The seed's body {@code {"breadId": ...}}; {@code quantity} defaults to one loaf. {@code phone} is needed only for a
 * bread that limits loaves per customer, and is kept only as its keyed hash.
 */
public record PlaceReservationRequest(@NotBlank @Size(max = 64)
                                      @Pattern(regexp = Limits.PLAIN_TEXT, message = "must not contain control "
                                              + "characters, bidirectional controls or unpaired surrogates")
                                      String breadId,
                                      @Min(1) @Max(Limits.MAX_PER_RESERVATION) Integer quantity,
                                      @Size(max = 32) String phone) {

    int quantityOrDefault() {
        return quantity == null ? 1 : quantity;
    }
}
