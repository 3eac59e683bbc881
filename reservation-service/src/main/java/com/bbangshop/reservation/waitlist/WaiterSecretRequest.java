package com.bbangshop.reservation.waitlist;

import jakarta.validation.constraints.Size;

/** {@code {"secret": ...}}: the secret given on joining; it may come in the X-Waitlist-Secret header instead. */
public record WaiterSecretRequest(@Size(max = 128) String secret) {
}
