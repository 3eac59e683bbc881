package com.bbangshop.api.board;

import com.bbangshop.api.reservation.ReservationStatus;

import java.util.Optional;

/** Where a reservation's code stands on the board: being baked, or ready; anything else is off the board. */
public enum BoardColumn {
    BAKING, READY;

    public static Optional<BoardColumn> of(ReservationStatus status) {
        return switch (status) {
            case CONFIRMED -> Optional.of(BAKING);
            case READY -> Optional.of(READY);
            default -> Optional.empty();
        };
    }
}
