package com.bbangshop.reservation.saga;

/** Carried by a retry deadline: which of the saga's retries it is, so that one cancelled too late is recognised. */
public record RetryTicket(int number) {
}
