package com.bbangshop.api.stock;

/**
 * Subscribe to every bread's live count: the initial result is a {@link BreadList} of the first {@code limit} breads
 * (oldest first), each update is one {@link BreadView} that changed.
 */
public record WatchBreadsQuery(int limit) {
}
