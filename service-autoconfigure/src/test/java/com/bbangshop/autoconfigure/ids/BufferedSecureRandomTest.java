package com.bbangshop.autoconfigure.ids;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class BufferedSecureRandomTest {

    @Test
    void itHandsOutTheSourcesBytesInOrderAndAsksForAKilobyteAtATime() {
        CountingSource source = new CountingSource();
        BufferedSecureRandom random = new BufferedSecureRandom(source);

        ByteBuffer expected = ByteBuffer.allocate(8 * 1000);
        for (int i = 0; i < expected.capacity(); i++) {
            expected.put((byte) i);
        }
        expected.flip();
        for (int i = 0; i < 1000; i++) {
            assertThat(random.nextLong()).isEqualTo(expected.getLong());
        }
        assertThat(source.calls.get()).as("8,000 bytes in kilobytes").isEqualTo(8);
    }

    @Test
    void smallerDrawsStayInTheirRange() {
        BufferedSecureRandom random = new BufferedSecureRandom();
        for (int i = 0; i < 10_000; i++) {
            assertThat(random.nextInt(2048)).isBetween(0, 2047);
            assertThat(random.nextBoolean()).isIn(true, false);
        }
    }

    @Test
    void threadsDrawFromBuffersOfTheirOwnAndNeverRepeatEachOther() throws Exception {
        BufferedSecureRandom random = new BufferedSecureRandom();
        Set<Long> drawn = ConcurrentHashMap.newKeySet();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            threads.execute(() -> {
                for (int i = 0; i < 5_000; i++) {
                    drawn.add(random.nextLong());
                }
            });
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(drawn).hasSize(20_000);
    }

    @Test
    void aSeedChangesNothing() {
        BufferedSecureRandom random = new BufferedSecureRandom(new CountingSource());
        random.nextLong();

        random.setSeed(42);

        assertThat(random.nextLong()).as("bytes 8 to 15 of the source").isEqualTo(0x08090a0b0c0d0e0fL);
    }

    /** Bytes 0, 1, 2, ... across calls, so the order they come out in can be checked. */
    private static final class CountingSource extends SecureRandom {
        final AtomicInteger calls = new AtomicInteger();
        private int next;

        @Override
        public void nextBytes(byte[] bytes) {
            calls.incrementAndGet();
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) next++;
            }
        }
    }
}
