package com.bbangshop.api.waitlist;

import java.time.Instant;

/**
 * A freed loaf is held for the first customer in line until {@code holdUntil}: sold to nobody else meanwhile. The
 * offer ends accepted, declined or expired, and its loaf then goes to the next in line or back on sale.
 */
public record LoafOfferedEvent(String breadId, String offerId, String waiterId, Instant holdUntil) {
}
