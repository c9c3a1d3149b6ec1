package minitorrent.metainfo.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import minitorrent.metainfo.InvalidTorrentException;

/**
 * Percent-encoding of magnet link values (RFC 3986 section 2.1): '%' and two hex digits of either
 * case stand for one byte, and the bytes are UTF-8. A '+' is a plus, not a space: magnet links
 * are URIs, not HTML form data, and tracker URLs may hold a '+'.
 */
public final class PercentEncoding {

    /** Kept as they are when encoding: RFC 3986 unreserved, plus what a URL, host or peer needs to stay readable. */
    private static final String SAFE_PUNCTUATION = "-._~:/@[]";

    private PercentEncoding() {
    }

    /**
     * The text a value stands for.
     *
     * @param key the parameter the value belongs to, for the error message
     * @throws InvalidTorrentException if a '%' is not followed by two hex digits, or the bytes are not UTF-8
     */
    public static String decode(String key, String value) throws InvalidTorrentException {
        if (value.indexOf('%') < 0) {
            return value;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            if (codePoint != '%') {
                bytes.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint);
            } else if (i + 2 < value.length() && HexFormat.isHexDigit(value.charAt(i + 1)) && HexFormat.isHexDigit(value.charAt(i + 2))) {
                bytes.write(HexFormat.fromHexDigit(value.charAt(i + 1)) << 4 | HexFormat.fromHexDigit(value.charAt(i + 2)));
                i += 3;
            } else {
                throw new InvalidTorrentException(key + "=" + value + " has a malformed percent-escape at character " + i);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidTorrentException(key + "=" + value + " is not UTF-8 once percent-decoded", e);
        }
    }

    /** The value with every byte of its UTF-8 but letters, digits and {@code -._~:/@[]} written as %XX. */
    public static String encode(String text) {
        StringBuilder encoded = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int unsigned = b & 0xff;
            if (isAsciiLetterOrDigit(unsigned) || SAFE_PUNCTUATION.indexOf(unsigned) >= 0) {
                encoded.append((char) unsigned);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(unsigned >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(unsigned & 0xf, 16)));
            }
        }
        return encoded.toString();
    }

    private static boolean isAsciiLetterOrDigit(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
