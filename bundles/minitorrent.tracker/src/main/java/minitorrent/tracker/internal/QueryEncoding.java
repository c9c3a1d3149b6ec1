package minitorrent.tracker.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Percent-encoding of URL query values (RFC 3986 section 2), done byte by byte because tracker
 * parameters are binary: a 20-byte info hash or peer id is sent as is, whatever its bytes (BEP 3).
 * Only unreserved characters stay literal; every other byte becomes {@code %XX}.
 */
public final class QueryEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private QueryEncoding() {
    }

    /** The bytes with every byte but {@code A-Z a-z 0-9 - . _ ~} written as {@code %XX}. */
    public static String encode(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            if (isUnreserved(b)) {
                out.append((char) b);
            } else {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return out.toString();
    }

    /** The UTF-8 bytes of the text, encoded as {@link #encode(byte[])} does. */
    public static String encode(String text) {
        return encode(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The bytes a query value stands for, or empty when a {@code %} is not followed by two
     * hexadecimal digits or the value holds a character that is not ASCII. A {@code +} stays a
     * plus: tracker parameters are binary, not form text.
     */
    public static Optional<byte[]> decode(CharSequence value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%') {
                if (i + 2 >= value.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(value.charAt(i + 1), 16);
                int low = Character.digit(value.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                out.write(high << 4 | low);
                i += 2;
            } else if (c > 0x20 && c < 0x7f) {
                out.write(c);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(out.toByteArray());
    }

    private static boolean isUnreserved(byte b) {
        return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '-' || b == '.'
                || b == '_' || b == '~';
    }
}
