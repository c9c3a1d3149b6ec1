package minitorrent.protocol.internal;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Shows bytes from the network as text that is safe to log or display: printable ASCII as is,
 * everything else escaped, so a hostile peer id or protocol name cannot garble a log line.
 */
public final class PrintableBytes {

    private PrintableBytes() {
    }

    /** Printable ASCII as is, other bytes as {@code \xNN}. */
    public static String escape(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            if (isPrintable(b)) {
                text.append((char) b);
            } else {
                text.append("\\x").append(HexFormat.of().toHexDigits(b));
            }
        }
        return text.toString();
    }

    /** The printable ASCII characters the bytes start with, up to the first other byte. */
    public static String prefix(byte[] bytes) {
        int end = 0;
        while (end < bytes.length && isPrintable(bytes[end])) {
            end++;
        }
        return new String(bytes, 0, end, StandardCharsets.US_ASCII);
    }

    private static boolean isPrintable(byte b) {
        return b >= 0x20 && b < 0x7f;
    }
}
