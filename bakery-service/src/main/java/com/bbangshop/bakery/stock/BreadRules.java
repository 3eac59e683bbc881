package com.bbangshop.bakery.stock;

import com.bbangshop.api.rules.BusinessRuleException;
import com.bbangshop.api.rules.Limits;
import com.bbangshop.api.stock.RegisterBreadCommand;
import com.bbangshop.api.stock.StockRequest;

import java.time.Instant;
import java.util.List;

/** What makes a registration or a stock request acceptable, whichever door it came in by. */
final class BreadRules {

    private BreadRules() {
    }

    static void checkRegistration(RegisterBreadCommand command, Instant now) {
        checkName(command.name());
        if (command.quantity() < 1 || command.quantity() > Limits.MAX_EDITION_SIZE) {
            throw BusinessRuleException.invalid("quantity must be between 1 and " + Limits.MAX_EDITION_SIZE);
        }
        if (command.maxPerReservation() < 1 || command.maxPerReservation() > Limits.MAX_PER_RESERVATION) {
            throw BusinessRuleException.invalid("maxPerReservation must be between 1 and "
                    + Limits.MAX_PER_RESERVATION);
        }
        if (command.maxPerCustomer() < 0 || command.maxPerCustomer() > Limits.MAX_EDITION_SIZE) {
            throw BusinessRuleException.invalid("maxPerCustomer must be between 1 and " + Limits.MAX_EDITION_SIZE
                    + " (or absent: no limit)");
        }
        Integer window = command.pickupWindowMinutes();
        if (window != null && (window < 1 || window > Limits.MAX_PICKUP_WINDOW_MINUTES)) {
            throw BusinessRuleException.invalid("pickupWindowMinutes must be between 1 and "
                    + Limits.MAX_PICKUP_WINDOW_MINUTES + " (or absent: the shop's default)");
        }
        boolean opensLater = command.opensAt() != null && command.opensAt().isAfter(now);
        if (command.closesAt() != null && !command.closesAt().isAfter(opensLater ? command.opensAt() : now)) {
            throw BusinessRuleException.invalid("closesAt must be after " + (opensLater
                    ? "opensAt (" + command.opensAt() + ")" : "now (" + now + ")"));
        }
    }

    /** The name stripped, if it is one people can read. */
    static String checkName(String given) {
        String name = given == null ? "" : given.strip();
        if (name.isEmpty()) {
            throw BusinessRuleException.invalid("breadName must not be blank");
        }
        if (name.length() > Limits.MAX_BREAD_NAME_LENGTH) {
            throw BusinessRuleException.invalid("breadName must be at most " + Limits.MAX_BREAD_NAME_LENGTH
                    + " characters");
        }
        Limits.textFault(name).ifPresent(fault -> {
            throw BusinessRuleException.invalid("breadName " + fault);
        });
        return name;
    }

    static void checkPostponement(Instant opensAt, Instant closesAt, Instant now) {
        if (opensAt == null) {
            throw BusinessRuleException.invalid("opensAt is required");
        }
        if (!opensAt.isAfter(now)) {
            throw BusinessRuleException.invalid("opensAt must be in the future (it is " + now + " now)");
        }
        if (closesAt != null && !opensAt.isBefore(closesAt)) {
            throw BusinessRuleException.invalid("opensAt must be before the bread closes at " + closesAt);
        }
    }

    /** A request that cannot be decided refuses the whole command, before anything is decided. */
    static void checkRequests(List<StockRequest> requests, int maxPerCustomer) {
        if (requests.isEmpty()) {
            throw BusinessRuleException.invalid("at least one reservation must be asked for");
        }
        for (StockRequest request : requests) {
            if (request.reservationId() == null || request.reservationId().isBlank()) {
                throw BusinessRuleException.invalid("reservationId must not be blank");
            }
            if (request.quantity() < 1) {
                throw BusinessRuleException.invalid("quantity must be at least 1");
            }
            if (maxPerCustomer > 0 && (request.customerHash() == null || request.customerHash().isBlank())) {
                throw BusinessRuleException.invalid("this bread limits loaves per customer: every request needs "
                        + "its customer");
            }
        }
    }
}
