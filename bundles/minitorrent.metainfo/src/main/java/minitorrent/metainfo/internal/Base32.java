package minitorrent.metainfo.internal;

import java.util.Optional;

/**
 * Base32 (RFC 4648 section 6), the older spelling of an info hash in magnet links: 32 characters
 * of A-Z and 2-7, in either case, for 20 bytes. The JDK has Base64 but no Base32.
 */
public final class Base32 {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Base32() {
    }

    /** The bytes these characters encode, or empty if one is not in the alphabet or the length is not a multiple of 8. */
    public static Optional<byte[]> decode(String text) {
        if (text.length() % 8 != 0) {
            return Optional.empty();
        }
        byte[] bytes = new byte[text.length() * 5 / 8];
        long buffer = 0;
        int bits = 0;
        int next = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int value = ALPHABET.indexOf(c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c);
            if (value < 0) {
                return Optional.empty();
            }
            buffer = buffer << 5 | value;
            bits += 5;
            if (bits >= 8) {
                bits -= 8;
                bytes[next++] = (byte) (buffer >> bits);
            }
        }
        return Optional.of(bytes);
    }
}
