package com.bbangshop.api.reservation;

/** Who ended a reservation early: its customer, staff, or its saga giving up on a decision that never came. */
public enum CancellationReason {
    CUSTOMER,
    STAFF,
    ABANDONED
}
