package com.bbangshop.api.stock;

import java.time.Instant;

/** The bread is on sale from {@code opensAt} on: now, when staff opened it at once, or a later time. */
public record BreadOpeningChangedEvent(String breadId, Instant opensAt) {
}
