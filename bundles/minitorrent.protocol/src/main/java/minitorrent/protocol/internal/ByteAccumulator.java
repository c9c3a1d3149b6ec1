package minitorrent.protocol.internal;

import java.nio.ByteBuffer;

/**
 * Collects a fixed number of bytes that may arrive in any number of chunks, so that decoders
 * can wait for a whole field or message body without caring how the network split it. Its
 * array has exactly the capacity asked for, never more. Owned by one connection's thread.
 */
public final class ByteAccumulator {

    private final byte[] bytes;
    private int filled;

    public ByteAccumulator(int capacity) {
        this.bytes = new byte[capacity];
    }

    /**
     * Takes as many bytes from the buffer as are still missing, no more.
     *
     * @return whether all bytes are now there
     */
    public boolean fillFrom(ByteBuffer in) {
        int count = Math.min(bytes.length - filled, in.remaining());
        in.get(bytes, filled, count);
        filled += count;
        return isFull();
    }

    public boolean isEmpty() {
        return filled == 0;
    }

    public boolean isFull() {
        return filled == bytes.length;
    }

    /** The collected bytes; the array itself, not a copy, for the decoder that owns this. */
    public byte[] bytes() {
        return bytes;
    }

    public int capacity() {
        return bytes.length;
    }

    /** Forgets the collected bytes so the array can be filled again. */
    public void clear() {
        filled = 0;
    }
}
