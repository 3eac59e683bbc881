package com.bbangshop.api.board;

import java.time.Instant;

/** One code on the board; {@code pickupBy} only once the loaves are ready. */
public record BoardCode(String pickupCode, Instant pickupBy) {
}
