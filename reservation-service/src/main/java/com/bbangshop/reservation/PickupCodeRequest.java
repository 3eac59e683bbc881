package com.bbangshop.reservation;

import com.bbangshop.api.rules.PickupCodes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Staff's hand-over: {@code {"code":"AB23"}}, as the customer shows or reads it (case, spaces and dashes aside). */
public record PickupCodeRequest(@NotBlank @Size(max = 32) String code) {

    /** The code as stored, or a 400 saying what a code looks like. */
    static String normalized(String code) {
        return PickupCodes.normalize(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
                "code must be a pickup code: " + PickupCodes.PREFIX_LENGTH + " letters and at least "
                        + PickupCodes.MIN_TICKET_LENGTH + " more characters from " + PickupCodes.ALPHABET
                        + " (no 0, O, 1, I or L)"));
    }
}
