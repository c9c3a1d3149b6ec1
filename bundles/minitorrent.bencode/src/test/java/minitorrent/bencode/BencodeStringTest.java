package minitorrent.bencode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Byte strings: immutable, equal by content, ordered as unsigned bytes, text only when asked. */
class BencodeStringTest {

    @Test
    void ofCopiesAndBytesReturnsACopy() {
        byte[] source = {1, 2, 3};
        BencodeString string = BencodeString.of(source);
        source[0] = 9;
        assertArrayEquals(new byte[] {1, 2, 3}, string.bytes());
        string.bytes()[1] = 9;
        assertArrayEquals(new byte[] {1, 2, 3}, string.bytes());
        assertEquals(3, string.length());
    }

    @Test
    void textIsUtf8() {
        BencodeString string = BencodeString.of("h\u00e9llo \u4e16\u754c");
        assertArrayEquals("h\u00e9llo \u4e16\u754c".getBytes(StandardCharsets.UTF_8), string.bytes());
        assertEquals("h\u00e9llo \u4e16\u754c", string.text());
        assertEquals(Optional.of("h\u00e9llo \u4e16\u754c"), string.strictText());
        assertTrue(string.contentEquals("h\u00e9llo \u4e16\u754c"));
    }

    @Test
    void malformedUtf8IsReplacedInTextAndAbsentInStrictText() {
        BencodeString string = BencodeString.of(new byte[] {'a', (byte) 0xff, 'b'});
        assertEquals("a\ufffdb", string.text());
        assertEquals(Optional.empty(), string.strictText());
        assertEquals(Optional.empty(), BencodeString.of(new byte[] {(byte) 0xc3}).strictText(), "truncated sequence");
    }

    @Test
    void equalityAndHashAreByContent() throws BencodeException {
        BencodeList list = (BencodeList) new BencodeDecoder().decode(
                "l4:spame".getBytes(StandardCharsets.US_ASCII)).value();
        BencodeString decoded = (BencodeString) list.values().get(0); // a view into the decoder's input
        BencodeString built = BencodeString.of("spam");
        assertEquals(built, decoded);
        assertEquals(built.hashCode(), decoded.hashCode());
        assertNotEquals(built, BencodeString.of("spa"));
        assertNotEquals(built, BencodeString.of("spas"));
    }

    @Test
    void orderIsUnsignedLexicographic() {
        BencodeString empty = BencodeString.of("");
        BencodeString a = BencodeString.of("a");
        BencodeString ab = BencodeString.of("ab");
        BencodeString b = BencodeString.of("b");
        BencodeString high = BencodeString.of(new byte[] {(byte) 0x80});
        BencodeString highest = BencodeString.of(new byte[] {(byte) 0xff});
        assertTrue(empty.compareTo(a) < 0);
        assertTrue(a.compareTo(ab) < 0);
        assertTrue(ab.compareTo(b) < 0);
        assertTrue(b.compareTo(high) < 0, "0x80 is 128, not -128");
        assertTrue(high.compareTo(highest) < 0);
        assertEquals(0, ab.compareTo(BencodeString.of("ab")));
    }

    @Test
    void viewsDoNotCopyAndCannotWrite() throws Exception {
        BencodeString string = BencodeString.of("abc");
        ByteBuffer view = string.asReadOnlyBuffer();
        assertEquals(3, view.remaining());
        assertEquals('a', view.get(0));
        assertThrows(java.nio.ReadOnlyBufferException.class, () -> view.put(0, (byte) 'x'));
        MessageDigest digest = MessageDigest.getInstance("SHA-1");
        string.update(digest);
        assertArrayEquals(MessageDigest.getInstance("SHA-1").digest(string.bytes()), digest.digest());
        assertEquals('c', string.byteAt(2));
        assertThrows(IndexOutOfBoundsException.class, () -> string.byteAt(3));
    }

    @Test
    void toStringShowsTextOrHex() {
        assertEquals("\"spam\"", BencodeString.of("spam").toString());
        assertEquals("2 bytes 0x00ff", BencodeString.of(new byte[] {0, (byte) 0xff}).toString());
        assertEquals("\"" + "a".repeat(64) + "\"...", BencodeString.of("a".repeat(100)).toString());
    }
}
