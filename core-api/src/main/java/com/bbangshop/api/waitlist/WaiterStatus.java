package com.bbangshop.api.waitlist;

/** A waiting customer's place: in line, holding an offer, or out of the line and why. */
public enum WaiterStatus {
    WAITING, OFFERED, ACCEPTED, DECLINED, EXPIRED, LEFT
}
