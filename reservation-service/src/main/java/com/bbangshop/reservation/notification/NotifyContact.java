package com.bbangshop.reservation.notification;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code notify} of a reserve request: where the customer wants to hear of their reservation. A phone number is
 * taken in E.164 ({@code +821012345678}) or in the Korean local form ({@code 010-1234-5678}) and kept in E.164.
 */
@Schema(description = "Where to tell the customer of changes to the reservation: an e-mail address, a phone number, "
        + "or both. Kept apart from the reservation's events, and only while it is open.")
public record NotifyContact(
        @Schema(example = "minji@example.com")
        @Size(max = 254)
        @Pattern(regexp = EMAIL, message = "must be an e-mail address such as name@example.com")
        String email,
        @Schema(example = "010-1234-5678")
        @Size(max = 20)
        @Pattern(regexp = PHONE, message = "must be a phone number in E.164 (+821012345678) or Korean form "
                + "(010-1234-5678)")
        String phone) {

    /** One @, no spaces or controls, a dot in the domain: plausible, not a promise that the mailbox exists. */
    static final String EMAIL = "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+";
    static final String PHONE = "\\+[1-9][0-9]{7,14}|0[0-9]{1,2}-?[0-9]{3,4}-?[0-9]{4}";

    /** The phone number in E.164: a Korean local number loses its leading 0 for +82. */
    public String phoneE164() {
        if (phone == null || phone.startsWith("+")) {
            return phone;
        }
        return "+82" + phone.replace("-", "").substring(1);
    }
}
