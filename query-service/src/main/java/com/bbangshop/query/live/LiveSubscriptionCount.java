package com.bbangshop.query.live;

/**
 * @param openStreams         Server-Sent Event streams open now
 * @param subscriptionQueries Axon subscription queries open now in this JVM (the streams' and any other's)
 */
public record LiveSubscriptionCount(int openStreams, int subscriptionQueries) {
}
