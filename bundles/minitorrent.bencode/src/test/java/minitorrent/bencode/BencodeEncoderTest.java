package minitorrent.bencode;

import static minitorrent.bencode.Inputs.bytes;
import static minitorrent.bencode.Inputs.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Canonical bencode out: the BEP 3 forms, keys in unsigned byte order, the same bytes every way. */
class BencodeEncoderTest {

    @Test
    void writesTheExamplesOfBep3() {
        assertEquals("4:spam", encode(BencodeString.of("spam")));
        assertEquals("i3e", encode(new BencodeInteger(3)));
        assertEquals("i-3e", encode(new BencodeInteger(-3)));
        assertEquals("i0e", encode(new BencodeInteger(0)));
        assertEquals("l4:spam4:eggse", encode(BencodeList.of(BencodeString.of("spam"), BencodeString.of("eggs"))));
        assertEquals("d3:cow3:moo4:spam4:eggse",
                encode(BencodeDictionary.builder().put("spam", "eggs").put("cow", "moo").build()));
        assertEquals("d4:spaml1:a1:bee", encode(BencodeDictionary.builder()
                .put("spam", BencodeList.of(BencodeString.of("a"), BencodeString.of("b"))).build()));
    }

    @Test
    void writesEmptyValues() {
        assertEquals("0:", encode(BencodeString.of("")));
        assertEquals("le", encode(BencodeList.of()));
        assertEquals("de", encode(BencodeDictionary.builder().build()));
    }

    @ParameterizedTest
    @ValueSource(longs = {Long.MIN_VALUE, Long.MIN_VALUE + 1, -1_000_000, -10, -9, -1, 0, 1, 9, 10, 99, 100,
        Long.MAX_VALUE})
    void writesIntegersInPlainDecimal(long value) {
        assertEquals("i" + Long.toString(value) + "e", encode(new BencodeInteger(value)));
    }

    @Test
    void writesStringLengthsInDecimal() {
        String text = "x".repeat(12345);
        assertEquals("12345:" + text, encode(BencodeString.of(text)));
    }

    @Test
    void sortsKeysAsUnsignedBytes() {
        BencodeDictionary dictionary = BencodeDictionary.builder()
                .put(BencodeString.of(new byte[] {(byte) 0xff}), new BencodeInteger(4))
                .put(BencodeString.of(new byte[] {(byte) 0x80}), new BencodeInteger(3))
                .put("ab", 2)
                .put("a", 1)
                .put(BencodeString.of(new byte[] {0x7f}), new BencodeInteger(5))
                .build();
        assertEquals("d1:ai1e2:abi2e1:\u007fi5e1:\u0080i3e1:\u00ffi4ee", encode(dictionary));
    }

    @Test
    void reencodingCanonicalInputGivesTheSameBytes() throws BencodeException {
        String torrent = "d8:announce18:http://127.0.0.1:14:infod6:lengthi5e4:name1:a12:piece lengthi16384e"
                + "6:pieces20:" + "\u0000".repeat(20) + "ee";
        assertEquals(torrent, text(BencodeEncoder.encode(new BencodeDecoder().decode(bytes(torrent)).value())));
    }

    @Test
    void streamEncodingEqualsArrayEncoding() throws IOException {
        // Large strings go straight to the stream, many small tokens through the buffer.
        RandomValues random = new RandomValues(7);
        java.util.List<BencodeValue> many = new java.util.ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            many.add(random.value(3));
        }
        many.add(BencodeString.of("y".repeat(20_000)));
        many.add(BencodeString.of("z".repeat(8191)));
        BencodeList value = new BencodeList(many);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BencodeEncoder.encode(value, out);
        assertArrayEquals(BencodeEncoder.encode(value), out.toByteArray());
    }

    @Test
    void encodesNestingFarDeeperThanTheThreadStackCouldRecurse() {
        int depth = 200_000;
        BencodeValue value = BencodeList.of();
        for (int i = 1; i < depth; i++) {
            value = BencodeList.of(value);
        }
        assertEquals("l".repeat(depth) + "e".repeat(depth), encode(value));
    }

    private static String encode(BencodeValue value) {
        return text(BencodeEncoder.encode(value));
    }
}
