package com.bbangshop.bakery.stock;

import com.bbangshop.api.rules.BusinessRuleException;
import com.bbangshop.api.rules.Limits;
import com.bbangshop.api.stock.RegisterBreadCommand;
import com.bbangshop.api.stock.StockRequest;

import java.util.List;

/** What makes a registration or a stock request acceptable, whichever door it came in by. */
final class BreadRules {

    private BreadRules() {
    }

    static void checkRegistration(RegisterBreadCommand command) {
        String name = command.name() == null ? "" : command.name().strip();
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
        if (command.quantity() < 1 || command.quantity() > Limits.MAX_EDITION_SIZE) {
            throw BusinessRuleException.invalid("quantity must be between 1 and " + Limits.MAX_EDITION_SIZE);
        }
        if (command.maxPerReservation() < 1 || command.maxPerReservation() > Limits.MAX_PER_RESERVATION) {
            throw BusinessRuleException.invalid("maxPerReservation must be between 1 and "
                    + Limits.MAX_PER_RESERVATION);
        }
    }

    /** A request that cannot be decided refuses the whole command, before anything is decided. */
    static void checkRequests(List<StockRequest> requests) {
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
        }
    }
}
