package com.bbangshop.api.reservation;

/**
 * {@code previousStatus} tells the saga what there is to undo (REQUESTED: the stock decision is still open).
 * {@code reason} says who canceled; events stored before it existed read it as null: unknown, and never taken for a
 * staff cancel.
 */
public record ReservationCancellationRequestedEvent(String reservationId, String breadId, int quantity,
                                                    ReservationStatus previousStatus, CancellationReason reason) {

    /** A cancel whose reason is not told. */
    public ReservationCancellationRequestedEvent(String reservationId, String breadId, int quantity,
                                                 ReservationStatus previousStatus) {
        this(reservationId, breadId, quantity, previousStatus, null);
    }

    public boolean byStaff() {
        return reason == CancellationReason.STAFF;
    }
}
