package com.bbangshop.reservation.notification;

/** PENDING: to be sent (again) at its next attempt; SENT: delivered; FAILED: out of attempts, for staff to see. */
public enum OutboxStatus {
    PENDING,
    SENT,
    FAILED
}
