package com.bbangshop.benchmark.baseline;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * The same kind of reservation id as the app's (version 7 UUIDs, RFC 9562: milliseconds first, then random bits), so
 * that both insert at the end of their indexes and the baseline stays the ceiling.
 */
final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeOrderedIds() {
    }

    static String next() {
        long mostSignificant = System.currentTimeMillis() << 16 | 0x7000L | RANDOM.nextInt(1 << 12);
        long leastSignificant = RANDOM.nextLong() >>> 2 | 0x8000_0000_0000_0000L;
        return new UUID(mostSignificant, leastSignificant).toString();
    }
}
