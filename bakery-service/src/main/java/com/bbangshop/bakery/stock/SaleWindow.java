package com.bbangshop.bakery.stock;

import com.bbangshop.api.rules.BusinessRuleException;

import java.time.Instant;
import java.util.Map;

/**
 * When a bread is on sale: from {@code opensAt} (null: since it was registered) until {@code closesAt} (null: until
 * staff end it), unless staff ended it at {@code endedAt}. A bread loaded from events or a snapshot written before
 * sale times existed has none of them: on sale until staff end it.
 */
record SaleWindow(Instant opensAt, Instant closesAt, Instant endedAt) {

    static final SaleWindow ALWAYS = new SaleWindow(null, null, null);

    boolean isClosed(Instant now) {
        return endedAt != null || closesAt != null && !now.isBefore(closesAt);
    }

    boolean isOpen(Instant now) {
        return !isClosed(now) && (opensAt == null || !now.isBefore(opensAt));
    }

    /** When the sale ended or ends: the earlier of the two. */
    Instant closedAt() {
        return endedAt == null || closesAt != null && closesAt.isBefore(endedAt) ? closesAt : endedAt;
    }

    /** The refusal of a reservation asked for at {@code now}, which must not be on sale. */
    BusinessRuleException refusal(String breadName, Instant now) {
        if (isClosed(now)) {
            return BusinessRuleException.conflict(breadName + " is closed: its sale ended at " + closedAt(),
                    Map.of("closedAt", closedAt().toString(), "serverTime", now.toString()));
        }
        return BusinessRuleException.conflict(breadName + " is not on sale yet: it opens at " + opensAt,
                Map.of("opensAt", opensAt.toString(), "serverTime", now.toString()));
    }

    SaleWindow opening(Instant opensAt) {
        return new SaleWindow(opensAt, closesAt, endedAt);
    }

    SaleWindow endedAt(Instant endedAt) {
        return new SaleWindow(opensAt, closesAt, endedAt);
    }
}
