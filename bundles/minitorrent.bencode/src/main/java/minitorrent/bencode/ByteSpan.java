package minitorrent.bencode;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * An immutable view of a range of the original input bytes, as the decoder saw them. It exists
 * because the info hash (BEP 3) must be the SHA-1 of the info dictionary exactly as it appears in
 * the .torrent file, never of a re-encoding: a torrent with unsorted keys would otherwise get a
 * different hash than every other client gives it.
 *
 * <p>A final class rather than a record: a record would have to expose its backing array.
 * Equality is by offset and content.
 */
public final class ByteSpan {

    private final byte[] input;
    private final int offset;
    private final int length;

    /** A view of {@code input[offset, offset + length)}; the array must never be written again. */
    ByteSpan(byte[] input, int offset, int length) {
        this.input = input;
        this.offset = offset;
        this.length = length;
    }

    /** Where the range starts, counted in bytes from the start of the decoded input. */
    public int offset() {
        return offset;
    }

    /** The number of bytes in the range. */
    public int length() {
        return length;
    }

    /** A copy of the bytes. */
    public byte[] toByteArray() {
        return Arrays.copyOfRange(input, offset, offset + length);
    }

    /** Feeds the bytes to a digest without copying them, e.g. to compute an info hash. */
    public void update(MessageDigest digest) {
        digest.update(input, offset, length);
    }

    /** A read-only view of the bytes, without copying. */
    public ByteBuffer asReadOnlyBuffer() {
        return ByteBuffer.wrap(input, offset, length).slice().asReadOnlyBuffer();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ByteSpan other && offset == other.offset && length == other.length
                && Arrays.equals(input, offset, offset + length, other.input, other.offset, other.offset + length);
    }

    @Override
    public int hashCode() {
        return 31 * offset + length;
    }

    @Override
    public String toString() {
        return "ByteSpan[offset=" + offset + ", length=" + length + "]";
    }
}
