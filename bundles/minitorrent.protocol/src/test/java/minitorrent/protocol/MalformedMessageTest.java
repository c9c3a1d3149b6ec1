package minitorrent.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way a peer can break the message rules is a protocol error whose reason names the message
 * and the offending value. The torrent is {@link Messages#SHAPE}: 11 pieces (bitfield of 2 bytes),
 * pieces 0 to 9 of 32768 bytes, piece 10 of 5000.
 */
class MalformedMessageTest {

    static Stream<Arguments> malformedMessages() {
        return Stream.of(
                Arguments.of("0000000200 00", "CHOKE of length 2, expected 1"),
                Arguments.of("0000000503 00000000", "NOT_INTERESTED of length 5, expected 1"),
                Arguments.of("0000000404 000000", "HAVE of length 4, expected 5"),
                Arguments.of("0000000504 0000000b", "HAVE for piece 11, the torrent has pieces 0 to 10"),
                Arguments.of("0000000504 ffffffff", "HAVE for piece 4294967295, the torrent has pieces 0 to 10"),
                Arguments.of("0000000205 ff", "BITFIELD of length 2, expected 3 for 11 pieces"),
                Arguments.of("0000000405 ffe000", "BITFIELD of length 4, expected 3 for 11 pieces"),
                // 11 pieces use the top 3 bits of the second byte; 0x10 is the spare bit of piece "11"
                Arguments.of("0000000305 ff10", "BITFIELD has spare bits set after the last piece 10: last byte 0x10"),
                Arguments.of("0000000305 0001", "BITFIELD has spare bits set after the last piece 10: last byte 0x01"),
                Arguments.of("0000000c06 00000000 00000000 000040", "REQUEST of length 12, expected 13"),
                Arguments.of("0000000d06 00000000 00000000 00000000", "REQUEST of 0 bytes, expected 1 to the block limit of 16384"),
                Arguments.of("0000000d06 00000000 00000000 00004001", "REQUEST of 16385 bytes, expected 1 to the block limit of 16384"),
                Arguments.of("0000000d06 00000000 00000000 ffffffff", "REQUEST of 4294967295 bytes, expected 1 to the block limit of 16384"),
                Arguments.of("0000000d06 0000000b 00000000 00004000", "REQUEST for piece 11, the torrent has pieces 0 to 10"),
                Arguments.of("0000000d06 00000000 00004001 00004000",
                        "REQUEST of 16384 bytes at offset 16385 runs past the end of piece 0 (32768 bytes)"),
                Arguments.of("0000000d06 0000000a 00000000 00001389",
                        "REQUEST of 5001 bytes at offset 0 runs past the end of piece 10 (5000 bytes)"),
                Arguments.of("0000000d06 00000000 ffffffff 00000001",
                        "REQUEST of 1 bytes at offset 4294967295 runs past the end of piece 0 (32768 bytes)"),
                Arguments.of("0000000d08 0000000a 00001000 00000400",
                        "CANCEL of 1024 bytes at offset 4096 runs past the end of piece 10 (5000 bytes)"),
                Arguments.of("0000000e08 00000000 00000000 00004000 00", "CANCEL of length 14, expected 13"),
                Arguments.of("0000000907 00000000 00000000", "PIECE of length 9, expected 9 + a block of 1 to 16384 bytes"),
                Arguments.of("0000400a07", "PIECE of length 16394, expected 9 + a block of 1 to 16384 bytes"),
                Arguments.of("7fffffff07", "PIECE of length 2147483647, expected 9 + a block of 1 to 16384 bytes"),
                Arguments.of("0000000a07 0000000b 00000000 ff", "PIECE for piece 11, the torrent has pieces 0 to 10"),
                Arguments.of("0000000b07 0000000a 00001387 aabb",
                        "PIECE of 2 bytes at offset 4999 runs past the end of piece 10 (5000 bytes)"),
                Arguments.of("0000000209 1a", "PORT of length 2, expected 3"),
                Arguments.of("0000000114", "EXTENDED of length 1, expected 2 to 1048576"),
                Arguments.of("0010000114", "EXTENDED of length 1048577, expected 2 to 1048576"),
                Arguments.of("000000010e", "HAVE_ALL (id 14) of the fast extension (BEP 6), which was not negotiated"),
                Arguments.of("000000010f", "HAVE_NONE (id 15) of the fast extension (BEP 6), which was not negotiated"),
                Arguments.of("0000000d10", "REJECT_REQUEST (id 16) of the fast extension (BEP 6), which was not negotiated"),
                Arguments.of("000000050d", "SUGGEST_PIECE (id 13) of the fast extension (BEP 6), which was not negotiated"),
                Arguments.of("0000000511", "ALLOWED_FAST (id 17) of the fast extension (BEP 6), which was not negotiated"),
                Arguments.of("ffffffff63", "unknown message id 99 of length 4294967295, above the limit of 1048576"));
    }

    @ParameterizedTest
    @MethodSource("malformedMessages")
    void isAProtocolErrorNamingTheMessageAndValue(String hex, String reason) {
        PeerMessageDecoder decoder = new PeerMessageDecoder(Messages.SHAPE);
        ByteBuffer in = Messages.hex(hex);
        PeerProtocolException error = assertThrows(PeerProtocolException.class, () -> Messages.decodeChunks(decoder, in));
        assertEquals(reason, error.getMessage());
        assertThrows(IllegalStateException.class, () -> decoder.decode(ByteBuffer.allocate(1)),
                "a decoder that failed refuses more input");
    }

    @Test
    void anOversizedLengthIsRefusedBeforeAnyBodyIsBuffered() {
        PeerMessageDecoder decoder = new PeerMessageDecoder(Messages.SHAPE);
        // Only the length prefix and id arrive: the error comes before the body, and nothing was allocated for it.
        ByteBuffer in = Messages.hex("7fffffff05");
        PeerProtocolException error = assertThrows(PeerProtocolException.class, () -> decoder.decode(in));
        assertEquals("BITFIELD of length 2147483647, expected 3 for 11 pieces", error.getMessage());
        assertTrue(decoder.bufferCapacity() <= 4);
    }

    @Test
    void anErrorAfterValidMessagesComesAfterThem() throws PeerProtocolException {
        PeerMessageDecoder decoder = new PeerMessageDecoder(Messages.SHAPE);
        ByteBuffer in = Messages.hex("0000000101 0000000504 00000002 0000000504 0000000c");
        assertEquals(new PeerMessage.Unchoke(), decoder.decode(in).orElseThrow());
        assertEquals(new PeerMessage.Have(2), decoder.decode(in).orElseThrow());
        PeerProtocolException error = assertThrows(PeerProtocolException.class, () -> decoder.decode(in));
        assertEquals("HAVE for piece 12, the torrent has pieces 0 to 10", error.getMessage());
    }

    @Test
    void aLargerExtendedLimitCanBeChosenAndIsEnforced() throws PeerProtocolException {
        PeerMessageDecoder decoder = new PeerMessageDecoder(Messages.SHAPE, 10);
        ByteBuffer in = Messages.hex("0000000a14 01 6432 3a68 6969 3165");
        assertEquals(1, ((PeerMessage.Extended) decoder.decode(in).orElseThrow()).extendedId());
        ByteBuffer tooLong = Messages.hex("0000000b14");
        PeerProtocolException error = assertThrows(PeerProtocolException.class, () -> decoder.decode(tooLong));
        assertEquals("EXTENDED of length 11, expected 2 to 10", error.getMessage());
    }
}
