package com.bbangshop.query.deadletter;

import java.time.Instant;

/**
 * One parked sequence (the events of one aggregate a projection could not take), described by its first letter.
 * {@code waitsForStaff}: its automatic retries are used up.
 */
public record DeadLetterView(String group, String sequence, long letters, String eventType, String messageId,
                             String causeType, String causeMessage, Instant enqueuedAt, Instant lastTouched,
                             int retries, boolean waitsForStaff) {
}
