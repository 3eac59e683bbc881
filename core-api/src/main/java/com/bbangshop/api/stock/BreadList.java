package com.bbangshop.api.stock;

import java.time.Instant;
import java.util.List;

/** {@code serverTime}: when the list was read, by the server's clock, the one the breads' opening follows. */
public record BreadList(List<BreadView> items, int page, int size, long total, Instant serverTime) {
}
