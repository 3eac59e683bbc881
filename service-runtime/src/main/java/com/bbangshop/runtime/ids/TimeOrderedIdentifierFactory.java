package com.bbangshop.runtime.ids;

import org.axonframework.common.IdentifierFactory;

import java.security.SecureRandom;
import java.util.Random;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * Axon's identifiers (events, sagas, messages) and the ids the services ask it for, as time-ordered UUIDs (version 7,
 * RFC 9562): 48 bits of milliseconds, a 12-bit counter that keeps ids of one millisecond in order, 62 random bits.
 * Random UUIDs land anywhere in an index, so every insert rewrites some page of it; ids that grow with time land at
 * its end, where the pages of the last insert already are. Installed through Axon's ServiceLoader seam.
 */
public class TimeOrderedIdentifierFactory extends IdentifierFactory {

    private static final int COUNTER_BITS = 12;
    private static final long COUNTER_MAX = (1L << COUNTER_BITS) - 1;

    private final LongSupplier clock;
    private final Random random;
    private long lastMillis = -1;
    private long counter;

    public TimeOrderedIdentifierFactory() {
        this(System::currentTimeMillis, new SecureRandom());
    }

    TimeOrderedIdentifierFactory(LongSupplier clock, Random random) {
        this.clock = clock;
        this.random = random;
    }

    @Override
    public String generateIdentifier() {
        long randomBits = random.nextLong();
        long millisAndCounter = next();
        long mostSignificant = (millisAndCounter >>> COUNTER_BITS) << 16 | 0x7000L | (millisAndCounter & COUNTER_MAX);
        long leastSignificant = randomBits >>> 2 | 0x8000_0000_0000_0000L;
        return new UUID(mostSignificant, leastSignificant).toString();
    }

    /** The millisecond and counter, never the same twice and never smaller, even if the clock steps back. */
    private synchronized long next() {
        long now = clock.getAsLong();
        if (now > lastMillis) {
            lastMillis = now;
            counter = random.nextInt(1 << (COUNTER_BITS - 1)); // starts low in the range, leaving room to count
        } else if (++counter > COUNTER_MAX) {
            lastMillis++;
            counter = 0;
        }
        return lastMillis << COUNTER_BITS | counter;
    }
}
