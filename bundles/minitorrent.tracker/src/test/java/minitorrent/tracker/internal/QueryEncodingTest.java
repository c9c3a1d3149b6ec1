package minitorrent.tracker.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * Percent-encoding of binary query values, checked for every byte value against RFC 3986's unreserved
 * set.
 */
class QueryEncodingTest {

    /** RFC 3986 section 2.3, written out rather than computed. */
    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

    @Test
    void everyByteValueIsLiteralOnlyWhenUnreserved() {
        for (int value = 0; value < 256; value++) {
            String encoded = QueryEncoding.encode(new byte[] {(byte) value});
            if (UNRESERVED.indexOf(value) >= 0) {
                assertEquals(String.valueOf((char) value), encoded, "byte " + value);
            } else {
                assertEquals("%" + String.format("%02X", value).toUpperCase(Locale.ROOT), encoded, "byte " + value);
            }
        }
    }

    @Test
    void everyByteValueDecodesBackFromUpperAndLowerCaseEscapes() {
        byte[] all = new byte[256];
        StringBuilder lowerCase = new StringBuilder();
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
            lowerCase.append('%').append(String.format("%02x", i));
        }
        assertArrayEquals(all, QueryEncoding.decode(QueryEncoding.encode(all)).orElseThrow());
        assertArrayEquals(all, QueryEncoding.decode(lowerCase).orElseThrow());
    }

    @Test
    void aKnownInfoHashEncodesAsTrackersExpect() {
        // The example of the BitTorrent specification wiki: 0x23 is '#', so it must be escaped too.
        byte[] hash = java.util.HexFormat.of().parseHex("123456789abcdef123456789abcdef123456789a");
        assertEquals("%124Vx%9A%BC%DE%F1%23Eg%89%AB%CD%EF%124Vx%9A", QueryEncoding.encode(hash));
    }

    @Test
    void plusStaysAPlus() {
        assertArrayEquals(new byte[] {'+'}, QueryEncoding.decode("+").orElseThrow());
    }

    @Test
    void malformedEscapesAreRejected() {
        assertTrue(QueryEncoding.decode("%").isEmpty());
        assertTrue(QueryEncoding.decode("%4").isEmpty());
        assertTrue(QueryEncoding.decode("%zz").isEmpty());
        assertTrue(QueryEncoding.decode("a%g1").isEmpty());
        assertTrue(QueryEncoding.decode("\u00e9").isEmpty());
        assertTrue(QueryEncoding.decode("a b").isEmpty());
    }
}
