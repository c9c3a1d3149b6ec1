package minitorrent.bencode;

import java.util.Arrays;

/**
 * Writes tokens into a growing array, in one walk over the value; the result is trimmed to its
 * exact size at the end (one copy, cheaper than a second walk to count the size first).
 */
final class ArrayTokenWriter implements TokenSink<RuntimeException> {

    /** The largest array most JVMs can allocate. */
    private static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    private byte[] target = new byte[256];
    private int position;

    byte[] result() {
        return Arrays.copyOf(target, position);
    }

    @Override
    public void integer(long value) {
        room(Digits.MAX_LENGTH + 2);
        target[position++] = 'i';
        position += Digits.length(value);
        Digits.writeBackwards(value, target, position);
        target[position++] = 'e';
    }

    @Override
    public void string(BencodeString value) {
        room(Digits.MAX_LENGTH + 1L + value.length());
        position += Digits.length(value.length());
        Digits.writeBackwards(value.length(), target, position);
        target[position++] = ':';
        System.arraycopy(value.array(), value.arrayOffset(), target, position, value.length());
        position += value.length();
    }

    @Override
    public void begin(byte kind) {
        room(1);
        target[position++] = kind;
    }

    @Override
    public void end() {
        room(1);
        target[position++] = 'e';
    }

    private void room(long bytes) {
        long needed = position + bytes;
        if (needed > target.length) {
            if (needed > MAX_ARRAY_LENGTH) {
                throw new IllegalArgumentException("encoding is larger than the largest array; "
                        + "use BencodeEncoder.encode(value, OutputStream)");
            }
            target = Arrays.copyOf(target, (int) Math.min(MAX_ARRAY_LENGTH, Math.max(needed, 2L * target.length)));
        }
    }
}
