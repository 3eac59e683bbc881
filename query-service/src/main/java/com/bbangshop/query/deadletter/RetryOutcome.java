package com.bbangshop.query.deadletter;

/** What a retry of a projection's dead letters did: sequences tried, how many went through, how many are left. */
public record RetryOutcome(String group, int retried, int succeeded, long sequencesLeft) {
}
