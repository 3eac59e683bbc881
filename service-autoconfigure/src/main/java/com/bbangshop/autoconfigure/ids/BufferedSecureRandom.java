package com.bbangshop.autoconfigure.ids;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Random;

/**
 * The platform's secure random bits, drawn a kilobyte at a time into a buffer per thread. Every call to the JDK's
 * default SecureRandom on Linux (NativePRNG) takes one lock that all its instances share; made per message id, it was
 * the most contended lock of a flash sale.
 */
final class BufferedSecureRandom extends Random {

    private static final int BUFFER_BYTES = 1024;

    private final transient SecureRandom source;
    private final transient ThreadLocal<ByteBuffer> buffers =
            ThreadLocal.withInitial(() -> ByteBuffer.allocate(BUFFER_BYTES).position(BUFFER_BYTES));

    BufferedSecureRandom() {
        this(new SecureRandom());
    }

    BufferedSecureRandom(SecureRandom source) {
        this.source = source;
    }

    @Override
    protected int next(int bits) {
        return filled(Integer.BYTES).getInt() >>> (Integer.SIZE - bits);
    }

    @Override
    public long nextLong() {
        return filled(Long.BYTES).getLong();
    }

    /** The seed is the platform's; Random's constructor sets one, which means nothing here. */
    @Override
    public synchronized void setSeed(long seed) {
        // ignored
    }

    private ByteBuffer filled(int wanted) {
        ByteBuffer buffer = buffers.get();
        if (buffer.remaining() < wanted) {
            source.nextBytes(buffer.array());
            buffer.clear();
        }
        return buffer;
    }
}
