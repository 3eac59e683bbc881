package com.bbangshop.api.stock;

import java.time.Instant;

/** Staff ended the bread's sale at {@code endedAt}: it closes then, whatever closing time it had. */
public record BreadSaleEndedEvent(String breadId, Instant endedAt) {
}
