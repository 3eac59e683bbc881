package com.bbangshop.autoconfigure.ids;

import org.axonframework.common.IdentifierFactory;

import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
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
    private final AtomicLong lastMillisAndCounter = new AtomicLong();

    public TimeOrderedIdentifierFactory() {
        this(System::currentTimeMillis, new BufferedSecureRandom());
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

    /**
     * The millisecond and counter, never the same twice and never smaller, even if the clock steps back. Without a
     * lock: every message Axon makes asks for an id, from every thread at once.
     */
    private long next() {
        while (true) {
            long last = lastMillisAndCounter.get();
            long now = clock.getAsLong();
            // a new millisecond starts its counter low in the range, leaving room to count; within one, or with the
            // clock behind, the counter goes on, and past its last value carries into the next millisecond
            long next = now > last >>> COUNTER_BITS
                    ? now << COUNTER_BITS | random.nextInt(1 << (COUNTER_BITS - 1))
                    : last + 1;
            if (lastMillisAndCounter.compareAndSet(last, next)) {
                return next;
            }
        }
    }
}
