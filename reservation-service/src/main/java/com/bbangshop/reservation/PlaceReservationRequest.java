package com.bbangshop.reservation;

import com.bbangshop.api.rules.Limits;
import com.bbangshop.reservation.notification.NotifyContact;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The seed's body {@code {"breadId": ...}}; {@code quantity} defaults to one loaf. {@code phone} is needed only for a
 * bread that limits loaves per customer, and is kept only as its keyed hash. {@code notify}, where to tell the
 * customer of changes, is kept apart from the reservation's events and checked by ContactBook (a record component
 * cannot be named notify).
 */
public record PlaceReservationRequest(@NotBlank @Size(max = 64)
                                      @Pattern(regexp = Limits.PLAIN_TEXT, message = "must not contain control "
                                              + "characters, bidirectional controls or unpaired surrogates")
                                      String breadId,
                                      @Min(1) @Max(Limits.MAX_PER_RESERVATION) Integer quantity,
                                      @Size(max = 32) String phone,
                                      @JsonProperty("notify") NotifyContact contact) {

    int quantityOrDefault() {
        return quantity == null ? 1 : quantity;
    }
}
