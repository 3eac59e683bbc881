package com.bbangshop.reservation.waitlist;

import com.bbangshop.api.rules.Limits;
import com.bbangshop.reservation.notification.NotifyContact;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code {"breadId": ..., "phone": ...}}: the phone tells customers apart (one place in line each) and is kept only as
 * its keyed hash. {@code notify}, where to tell the customer that a loaf is held for them, is kept apart from the
 * events, as for a reservation.
 */
public record JoinWaitlistRequest(@NotBlank @Size(max = 64)
                                  @Pattern(regexp = Limits.PLAIN_TEXT, message = "must not contain control "
                                          + "characters, bidirectional controls or unpaired surrogates")
                                  String breadId,
                                  @NotBlank @Size(max = 32) String phone,
                                  @JsonProperty("notify") NotifyContact contact) {
}
