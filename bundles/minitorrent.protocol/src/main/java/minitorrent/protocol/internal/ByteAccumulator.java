package minitorrent.protocol.internal;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Collects a fixed number of bytes that may arrive in any number of chunks, so that decoders can
 * wait for a whole field or message body without caring how the network split it. Its array never
 * grows past the number of bytes expected (or, after a {@link #restart}, the array it had), and
 * for large messages it grows only as bytes arrive:
 * a peer that announces a 1 MiB message and sends nothing more makes us hold 16 KiB, not 1 MiB.
 * Owned by one connection's thread.
 */
public final class ByteAccumulator {

    /** Room for a PIECE body with a 16 KiB block, so blocks arrive without a copy to grow. */
    private static final int INITIAL_CAPACITY = 8 + 16 * 1024;

    private int expected;
    private byte[] bytes;
    private int filled;

    public ByteAccumulator(int expected) {
        this.expected = expected;
        this.bytes = new byte[Math.min(expected, INITIAL_CAPACITY)];
    }

    /**
     * Takes as many bytes from the buffer as are still missing, no more.
     *
     * @return whether all bytes are now there
     */
    public boolean fillFrom(ByteBuffer in) {
        while (filled < expected && in.hasRemaining()) {
            if (filled == bytes.length) {
                bytes = Arrays.copyOf(bytes, (int) Math.min(expected, 2L * bytes.length));
            }
            int count = Math.min(Math.min(bytes.length, expected) - filled, in.remaining());
            in.get(bytes, filled, count);
            filled += count;
        }
        return isFull();
    }

    public boolean isEmpty() {
        return filled == 0;
    }

    public boolean isFull() {
        return filled == expected;
    }

    /** The collected bytes once all are there; the array itself, not a copy, for the decoder that owns this. */
    public byte[] bytes() {
        if (!isFull()) {
            throw new IllegalStateException(filled + " of " + expected + " bytes collected");
        }
        return bytes;
    }

    /** The collected bytes once all are there, as a view of the array, which may be longer than they are. */
    public ByteBuffer view() {
        if (!isFull()) {
            throw new IllegalStateException(filled + " of " + expected + " bytes collected");
        }
        return ByteBuffer.wrap(bytes, 0, filled).slice();
    }

    /** The length of the array holding the bytes now: what this costs in memory. */
    public int capacity() {
        return bytes.length;
    }

    /** Forgets the collected bytes so the array can be filled again. */
    public void clear() {
        filled = 0;
    }

    /**
     * Forgets the collected bytes and expects {@code next} bytes instead, in the same array when
     * it has room for them: for a decoder that hands the bytes of one message out only until it
     * decodes the next.
     */
    public void restart(int next) {
        expected = next;
        filled = 0;
        if (bytes.length < Math.min(next, INITIAL_CAPACITY)) {
            bytes = new byte[Math.min(next, INITIAL_CAPACITY)];
        }
    }
}
