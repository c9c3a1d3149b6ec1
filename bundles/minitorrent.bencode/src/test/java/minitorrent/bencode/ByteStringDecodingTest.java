package minitorrent.bencode;

import static minitorrent.bencode.Inputs.bytes;
import static minitorrent.bencode.Inputs.decode;
import static minitorrent.bencode.Inputs.decodeError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** BEP 3 byte strings: a decimal length, a colon, that many raw bytes; the length checked first. */
class ByteStringDecodingTest {

    @Test
    void decodesTextBinaryAndEmptyStrings() throws BencodeException {
        assertEquals(BencodeString.of("spam"), decode("4:spam").value());
        assertEquals(BencodeString.of(""), decode("0:").value());
        assertEquals(BencodeString.of(new byte[] {0, (byte) 0xff, ':', 'e'}), decode("4:\u0000\u00ff:e").value());
        assertEquals(BencodeString.of("a".repeat(12)), decode("12:" + "a".repeat(12)).value());
    }

    @Test
    void decodesMultiByteUtf8AsBytes() throws BencodeException {
        BencodeString string = (BencodeString) new BencodeDecoder().decode(
                "6:h\u00e9llo".getBytes(java.nio.charset.StandardCharsets.UTF_8)).value();
        assertEquals("h\u00e9llo", string.text());
        assertEquals(6, string.length());
    }

    @ParameterizedTest(name = "{0} -> {2} at byte {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "5:abc          | 0 | byte string length 5 is more than the 3 bytes left in the input",
        "3:ab           | 0 | byte string length 3 is more than the 2 bytes left in the input",
        "l1:            | 1 | byte string length 1 is more than the 0 bytes left in the input",
        "99999999999999999999:x | 0 | byte string length 99999999999999999999 is more than the 1 bytes left in the input",
        "999999999999999999999999:x | 0 | byte string length 99999999999999999999... is more than the 1 bytes left in the input",
        "01:a           | 0 | leading zero in byte string length",
        "00:            | 0 | leading zero in byte string length",
        "4spam          | 1 | unexpected byte 's' in byte string length, expected a digit or ':'",
        "4              | 1 | unexpected end of input in the byte string length that starts at byte 0",
        "li1e12         | 6 | unexpected end of input in the byte string length that starts at byte 4",
        "-1:a           | 0 | unexpected byte '-' where a value should start",
    })
    void rejectsMalformedStrings(String input, long offset, String problem) {
        BencodeException error = decodeError(input);
        assertEquals(problem, error.problem());
        assertEquals(offset, error.offset());
    }

    @Test
    void hostileLengthPrefixFailsWithoutAllocatingIt() {
        // A length near 2 GiB in a 20-byte input: rejected from the length alone.
        BencodeException error = decodeError("2147483647:" + "x".repeat(9));
        assertEquals("byte string length 2147483647 is more than the 9 bytes left in the input", error.problem());
        assertEquals(0, error.offset());
    }

    @Test
    void stringMayEndExactlyAtTheEndOfInput() throws BencodeException {
        BencodeString value = (BencodeString) new BencodeDecoder().decode(bytes("3:abc")).value();
        assertArrayEquals(bytes("abc"), value.bytes());
    }
}
