package minitorrent.bencode;

/** Decimal digits of integers and string lengths, written without making a String per number. */
final class Digits {

    /** Enough for "-9223372036854775808". */
    static final int MAX_LENGTH = 20;

    private Digits() {
    }

    /** How many bytes the decimal form of the value takes, sign included. */
    static int length(long value) {
        if (value == Long.MIN_VALUE) {
            return MAX_LENGTH;
        }
        int length = value < 0 ? 2 : 1;
        for (long rest = Math.abs(value); rest >= 10; rest /= 10) {
            length++;
        }
        return length;
    }

    /** Writes the decimal form of the value so that it ends just before {@code end}; returns its start. */
    static int writeBackwards(long value, byte[] target, int end) {
        int position = end;
        // Work on the negative value, which holds Long.MIN_VALUE too.
        long rest = value < 0 ? value : -value;
        do {
            target[--position] = (byte) ('0' - rest % 10);
            rest /= 10;
        } while (rest != 0);
        if (value < 0) {
            target[--position] = '-';
        }
        return position;
    }
}
