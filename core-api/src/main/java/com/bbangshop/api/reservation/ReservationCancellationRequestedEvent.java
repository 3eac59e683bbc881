package com.bbangshop.api.reservation;

/** {@code previousStatus} tells the saga what there is to undo (REQUESTED: the stock decision is still open). */
public record ReservationCancellationRequestedEvent(String reservationId, String breadId, int quantity,
                                                    ReservationStatus previousStatus) {
}
