package com.bbangshop.query.deadletter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the projections park events they cannot handle: each failed letter is retried automatically every
 * {@code retryEvery}, {@code automaticRetries} times, then waits for staff. A queue holds at most {@code maxSequences}
 * sequences (one per aggregate) of at most {@code maxSequenceSize} events; past that the projection stops and its
 * processor retries the event itself, so nothing is dropped.
 */
@ConfigurationProperties("bbangshop.projections.dead-letters")
public record DeadLetterProperties(@DefaultValue("PT30S") Duration retryEvery,
                                   @DefaultValue("3") int automaticRetries,
                                   @DefaultValue("1024") int maxSequences,
                                   @DefaultValue("1024") int maxSequenceSize) {
}
