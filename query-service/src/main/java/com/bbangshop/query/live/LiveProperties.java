package com.bbangshop.query.live;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code bbangshop.live.*}: how the Server-Sent Event streams behave.
 *
 * @param heartbeat      a comment is sent this often so that proxies do not cut an idle stream
 * @param coalesceWindow updates within one window go out as one frame holding the latest of each item
 * @param streamTimeout  a stream is ended after this long; the browser reconnects and starts from a fresh snapshot
 * @param listLimit      how many items the first frame of a list stream holds
 */
@ConfigurationProperties("bbangshop.live")
public record LiveProperties(@DefaultValue("PT15S") Duration heartbeat,
                             @DefaultValue("PT0.25S") Duration coalesceWindow,
                             @DefaultValue("PT30M") Duration streamTimeout,
                             @DefaultValue("200") int listLimit) {

    public LiveProperties {
        requirePositive("heartbeat", heartbeat);
        requirePositive("coalesce-window", coalesceWindow);
        requirePositive("stream-timeout", streamTimeout);
        if (listLimit < 1) {
            throw new IllegalArgumentException("bbangshop.live.list-limit must be at least 1");
        }
    }

    private static void requirePositive(String name, Duration value) {
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException("bbangshop.live." + name + " must be positive");
        }
    }
}
