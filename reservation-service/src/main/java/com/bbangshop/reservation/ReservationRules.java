package com.bbangshop.reservation;

import com.bbangshop.api.reservation.PlaceOfferedReservationCommand;
import com.bbangshop.api.reservation.ReservationStatus;
import com.bbangshop.api.rules.BusinessRuleException;
import com.bbangshop.api.rules.Limits;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static com.bbangshop.api.reservation.ReservationStatus.ACCEPTED;
import static com.bbangshop.api.reservation.ReservationStatus.CONFIRMED;
import static com.bbangshop.api.reservation.ReservationStatus.NO_SHOW;
import static com.bbangshop.api.reservation.ReservationStatus.PICKED_UP;
import static com.bbangshop.api.reservation.ReservationStatus.READY;

/** What a reservation's commands must carry, and which statuses have passed which step of its life. */
final class ReservationRules {

    /** Held its loaves at some point: accepting again changes nothing. */
    static final Set<ReservationStatus> ACCEPTED_ONCE = EnumSet.of(ACCEPTED, CONFIRMED, READY, PICKED_UP, NO_SHOW);
    /** Had its baker at some point: confirming again changes nothing. */
    static final Set<ReservationStatus> CONFIRMED_ONCE = EnumSet.of(CONFIRMED, READY, PICKED_UP, NO_SHOW);
    /** At the counter or still in the oven: the loaves may be handed over. */
    static final Set<ReservationStatus> HANDED_OVER_FROM = EnumSet.of(CONFIRMED, READY);

    private ReservationRules() {
    }

    static void checkPlacement(String breadId, int quantity, String cancelSecretHash) {
        checkBreadAndQuantity(breadId, quantity);
        if (cancelSecretHash == null || cancelSecretHash.isBlank()) {
            throw BusinessRuleException.invalid("a reservation needs the hash of its cancel secret");
        }
    }

    static void checkBreadAndQuantity(String breadId, int quantity) {
        if (breadId == null || breadId.isBlank()) {
            throw BusinessRuleException.invalid("breadId must not be blank");
        }
        if (quantity < 1 || quantity > Limits.MAX_PER_RESERVATION) {
            throw BusinessRuleException.invalid("quantity must be between 1 and " + Limits.MAX_PER_RESERVATION);
        }
    }

    static void checkOffer(PlaceOfferedReservationCommand offer) {
        checkPlacement(offer.breadId(), offer.quantity(), offer.cancelSecretHash());
        if (offer.pickupCode() == null || offer.pickupCode().isBlank()) {
            throw BusinessRuleException.invalid("an offered reservation needs the pickup code the bakery gave it");
        }
        if (offer.offerId() == null || offer.offerId().isBlank()) {
            throw BusinessRuleException.invalid("an offered reservation needs the id of its offer");
        }
    }

    /** The same offer sent again is done already; another reservation's id is not this offer's to take. */
    static void checkSameOffer(String reservationId, String breadId, String pickupCode,
                               PlaceOfferedReservationCommand offer) {
        if (!breadId.equals(offer.breadId()) || pickupCode == null || !pickupCode.equals(offer.pickupCode())) {
            throw BusinessRuleException.conflict("reservation " + reservationId
                    + " exists already, for another bread or pickup code");
        }
    }

    /** True where the reservation is to become READY now; false where it is already. */
    static boolean becomesReady(String reservationId, ReservationStatus status, Instant pickupBy) {
        if (pickupBy == null) {
            throw BusinessRuleException.invalid("pickupBy is required: the time the ready loaves wait until");
        }
        if (status != CONFIRMED && status != READY) {
            throw BusinessRuleException.conflict("reservation " + reservationId + " is " + status
                    + "; only a CONFIRMED reservation can be marked ready");
        }
        return status == CONFIRMED;
    }

    static void checkHandOver(String reservationId, ReservationStatus status) {
        if (!HANDED_OVER_FROM.contains(status)) {
            throw BusinessRuleException.conflict("reservation " + reservationId + " is " + status
                    + "; only a CONFIRMED or READY reservation can be picked up");
        }
    }
}
