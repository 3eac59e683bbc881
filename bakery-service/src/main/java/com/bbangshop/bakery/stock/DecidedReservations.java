package com.bbangshop.bakery.stock;

import com.bbangshop.api.stock.StockOutcome;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one bread remembers of the reservations it decided (see {@link BreadStock} for why it is enough): each one
 * holding loaves, until it gives them back; the newest {@link #SETTLED_KEPT} by id of those holding none (sold out,
 * released); and the greatest id forgotten, at or below which a reservation not remembered is answered by rule.
 * Changed only by the bread's events, so a bread loaded from its events or a snapshot remembers the same.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class DecidedReservations {

    /**
     * Far more than the requests that can overtake one on its way here (placement threads take the waiting requests
     * in order, in groups of 64), and small enough that a snapshot stays cheap to take at every few hundred events.
     */
    static final int SETTLED_KEPT = 4096;

    private Map<String, Integer> holding = new HashMap<>();
    /**
     * The pickup code of each reservation holding loaves that was given one, so that a retried reserve answers it
     * again. Absent from snapshots taken before pickup codes existed: their reservations have none.
     */
    private Map<String, String> pickupCodes = new HashMap<>();
    /**
     * For a bread with a limit per customer: the customer (keyed hash) of each reservation holding loaves, and the
     * loaves each customer holds. Absent from snapshots taken before such limits existed, when none was counted.
     */
    private Map<String, String> customers = new HashMap<>();
    private Map<String, Integer> loavesByCustomer = new HashMap<>();
    private TreeMap<String, StockOutcome> settled = new TreeMap<>();
    /** The greatest reservation id forgotten; null until the first is. */
    private String forgottenUpTo;
    @JsonIgnore
    private final int settledKept;

    DecidedReservations() {
        this(SETTLED_KEPT);
    }

    /** Keeping fewer settled decisions only makes more reservations answered by rule; tests use it to get there. */
    DecidedReservations(int settledKept) {
        if (settledKept < 1) {
            throw new IllegalArgumentException("settledKept must be at least 1");
        }
        this.settledKept = settledKept;
    }

    /** The outcome remembered for the reservation, or null if none is. */
    StockOutcome outcomeOf(String reservationId) {
        return holding.containsKey(reservationId) ? StockOutcome.RESERVED : settled.get(reservationId);
    }

    /** The pickup code of a reservation holding loaves, or null (none held, or decided without a code). */
    String pickupCodeOf(String reservationId) {
        return pickupCodes.get(reservationId);
    }

    /** The loaves the reservation holds: never forgotten while held. */
    int heldBy(String reservationId) {
        return holding.getOrDefault(reservationId, 0);
    }

    /**
     * Not remembered, and at or below the greatest id forgotten: whatever was decided for it, if anything, holds no
     * loaf, and whatever is asked for it now must take none.
     */
    boolean isForgotten(String reservationId) {
        return isAtOrBelowForgotten(reservationId) && outcomeOf(reservationId) == null;
    }

    void reserved(String reservationId, int quantity, String pickupCode, String customerHash) {
        settled.remove(reservationId);
        holding.put(reservationId, quantity);
        if (pickupCode != null) {
            pickupCodes.put(reservationId, pickupCode);
        }
        if (customerHash != null) {
            customers.put(reservationId, customerHash);
            loavesByCustomer.merge(customerHash, quantity, Integer::sum);
        }
    }

    /** The loaves held by the customer's reservations; a released one gives its loaves back to the allowance. */
    int loavesHeldByCustomer(String customerHash) {
        return loavesByCustomer.getOrDefault(customerHash, 0);
    }

    void overCustomerLimit(String reservationId) {
        settle(reservationId, StockOutcome.OVER_CUSTOMER_LIMIT);
    }

    void soldOut(String reservationId) {
        settle(reservationId, StockOutcome.SOLD_OUT);
    }

    void released(String reservationId) {
        Integer held = holding.remove(reservationId);
        pickupCodes.remove(reservationId);
        String customer = customers.remove(reservationId);
        if (customer != null && held != null) {
            loavesByCustomer.computeIfPresent(customer, (key, loaves) -> loaves > held ? loaves - held : null);
        }
        settle(reservationId, StockOutcome.RELEASED);
    }

    /** One decision of a snapshot of the earlier shape, remembered as if its event had come. */
    void remember(String reservationId, StockDecision decision) {
        switch (decision.outcome()) {
            case RESERVED -> reserved(reservationId, decision.quantity(), null, null);
            case SOLD_OUT -> soldOut(reservationId);
            case RELEASED -> released(reservationId);
            case OVER_CUSTOMER_LIMIT -> overCustomerLimit(reservationId);
        }
    }

    /** How many reservations are remembered: those holding loaves and the settled ones kept. */
    int size() {
        return holding.size() + settled.size();
    }

    private void settle(String reservationId, StockOutcome outcome) {
        if (isAtOrBelowForgotten(reservationId)) {
            return; // answered by rule from now on
        }
        settled.put(reservationId, outcome);
        while (settled.size() > settledKept) {
            forgottenUpTo = settled.pollFirstEntry().getKey();
        }
    }

    private boolean isAtOrBelowForgotten(String reservationId) {
        return forgottenUpTo != null && reservationId.compareTo(forgottenUpTo) <= 0;
    }
}
