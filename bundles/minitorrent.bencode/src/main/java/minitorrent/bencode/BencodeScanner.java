package minitorrent.bencode;

import java.nio.charset.StandardCharsets;

/**
 * Reads the scalar tokens of bencode (BEP 3) from the decoder's private copy of the input:
 * integers and byte strings, checked strictly. It knows nothing of lists and dictionaries; that
 * is {@link DecodingRun}'s job. Owned by one decoding run, on one thread.
 *
 * <p>Offsets in errors: a problem with a whole token (leading zero, overflow, a string longer than
 * the input) names the byte where the token starts; an unexpected byte names that byte; a
 * truncated input names the input length.
 */
final class BencodeScanner {

    private final byte[] input;
    private final int end;
    private int position;

    BencodeScanner(byte[] input) {
        this.input = input;
        this.end = input.length;
    }

    int position() {
        return position;
    }

    boolean atEnd() {
        return position >= end;
    }

    /** The byte at the current position; the caller has checked {@link #atEnd()}. */
    byte peek() {
        return input[position];
    }

    /** Moves past a one-byte token such as 'l', 'd' or 'e'. */
    void skip() {
        position++;
    }

    /** Reads {@code i<digits>e}: no leading zero, no -0, no empty digits, within 64 bits. */
    BencodeInteger readInteger() throws BencodeException {
        int start = position;
        position++; // the 'i'
        boolean negative = position < end && input[position] == '-';
        if (negative) {
            position++;
        }
        int digitsStart = position;
        // Accumulate negatively, as Long.parseLong does, so that Long.MIN_VALUE fits.
        long limit = negative ? Long.MIN_VALUE : -Long.MAX_VALUE;
        long multiplyLimit = limit / 10;
        long result = 0;
        while (position < end && isDigit(input[position])) {
            int digit = input[position] - '0';
            if (result < multiplyLimit || result * 10 < limit + digit) {
                throw new BencodeException("integer does not fit in 64 bits", start);
            }
            result = result * 10 - digit;
            position++;
        }
        if (position >= end) {
            throw new BencodeException("unexpected end of input in the integer that starts at byte " + start,
                    end);
        }
        if (input[position] != 'e') {
            throw new BencodeException("unexpected byte " + describe(input[position]) + " in integer", position);
        }
        int digits = position - digitsStart;
        if (digits == 0) {
            throw new BencodeException(negative ? "integer has a sign but no digits" : "integer has no digits",
                    start);
        }
        if (input[digitsStart] == '0' && digits > 1) {
            throw new BencodeException("leading zero in integer", start);
        }
        if (negative && result == 0) {
            throw new BencodeException("negative zero integer", start);
        }
        position++; // the 'e'
        return new BencodeInteger(negative ? result : -result);
    }

    /**
     * Reads {@code <length>:<bytes>}, with the length checked against the bytes left before any
     * use, so a hostile length prefix can never make anything large.
     */
    BencodeString readString() throws BencodeException {
        int start = position;
        long length = 0;
        while (position < end && isDigit(input[position])) {
            if (length <= end) { // past the input size the exact length no longer matters, nor can it overflow
                length = length * 10 + (input[position] - '0');
            }
            position++;
        }
        int digits = position - start;
        if (input[start] == '0' && digits > 1) {
            throw new BencodeException("leading zero in byte string length", start);
        }
        if (position >= end) {
            throw new BencodeException("unexpected end of input in the byte string length that starts at byte "
                    + start, end);
        }
        if (input[position] != ':') {
            throw new BencodeException("unexpected byte " + describe(input[position])
                    + " in byte string length, expected a digit or ':'", position);
        }
        position++; // the ':'
        if (length > end - position) {
            String lengthText = new String(input, start, Math.min(digits, 20), StandardCharsets.US_ASCII);
            throw new BencodeException("byte string length " + lengthText + (digits > 20 ? "..." : "")
                    + " is more than the " + (end - position) + " bytes left in the input", start);
        }
        BencodeString string = new BencodeString(input, position, (int) length);
        position += (int) length;
        return string;
    }

    static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    /** A byte as a reader would want to see it in an error: the character if printable, else hex. */
    static String describe(byte b) {
        return b >= 0x20 && b < 0x7f ? "'" + (char) b + "'" : String.format("0x%02x", b & 0xff);
    }
}
