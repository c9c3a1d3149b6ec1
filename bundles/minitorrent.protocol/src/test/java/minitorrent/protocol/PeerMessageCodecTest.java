package minitorrent.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Encoding and decoding of each message, checked against the wire forms BEP 3, 5 and 10 define. */
class PeerMessageCodecTest {

    static Stream<PeerMessage> everyMessage() {
        return Messages.oneOfEach().stream();
    }

    @ParameterizedTest
    @MethodSource("everyMessage")
    void everyMessageDecodesToWhatWasEncoded(PeerMessage message) throws PeerProtocolException {
        ByteBuffer encoded = PeerMessageEncoder.encode(message);
        assertEquals(PeerMessageEncoder.encodedLength(message), encoded.remaining());
        PeerMessageDecoder decoder = new PeerMessageDecoder(Messages.SHAPE);
        assertEquals(List.of(message), Messages.decodeChunks(decoder, encoded));
        assertTrue(decoder.isAtMessageBoundary());
    }

    /** Wire forms written out by hand from the BEPs: length prefix, id, big-endian fields. */
    static Stream<Arguments> wireForms() {
        BitSet pieces = new BitSet();
        pieces.set(0);
        pieces.set(7);
        pieces.set(10);
        return Stream.of(
                Arguments.of(new PeerMessage.KeepAlive(), "00000000"),
                Arguments.of(new PeerMessage.Choke(), "0000000100"),
                Arguments.of(new PeerMessage.Unchoke(), "0000000101"),
                Arguments.of(new PeerMessage.Interested(), "0000000102"),
                Arguments.of(new PeerMessage.NotInterested(), "0000000103"),
                Arguments.of(new PeerMessage.Have(10), "0000000504 0000000a"),
                // pieces 0 and 7: 1000 0001; piece 10 in the second byte: 0010 0000
                Arguments.of(new PeerMessage.Bitfield(pieces, 11), "0000000305 8120"),
                Arguments.of(new PeerMessage.Request(new BlockRange(3, 16384, 16384)),
                        "0000000d06 00000003 00004000 00004000"),
                Arguments.of(new PeerMessage.Piece(2, 512, ByteBuffer.wrap(new byte[] {1, 2, 3})),
                        "0000000c07 00000002 00000200 010203"),
                Arguments.of(new PeerMessage.Cancel(new BlockRange(10, 0, 5000)),
                        "0000000d08 0000000a 00000000 00001388"),
                Arguments.of(new PeerMessage.Port(6881), "0000000309 1ae1"),
                Arguments.of(new PeerMessage.Extended(3, ByteBuffer.wrap("de".getBytes())), "0000000414 03 6465"));
    }

    @ParameterizedTest
    @MethodSource("wireForms")
    void encodesTheWireFormOfTheBeps(PeerMessage message, String hex) throws PeerProtocolException {
        byte[] wire = HexFormat.of().parseHex(hex.replace(" ", ""));
        assertArrayEquals(wire, PeerMessageEncoder.encode(message).array());
        assertEquals(List.of(message), Messages.decodeHex(hex));
    }

    @Test
    void pieceHeaderAndBlockInAGatheringWriteEqualTheWholeMessage() {
        byte[] block = new byte[5000];
        new java.util.Random(5).nextBytes(block);
        PeerMessage.Piece piece = new PeerMessage.Piece(10, 0, ByteBuffer.wrap(block));
        ByteBuffer header = ByteBuffer.allocate(13);
        PeerMessageEncoder.encodePieceHeader(piece, header);
        ByteBuffer gathered = ByteBuffer.allocate(13 + block.length).put(header.flip()).put(piece.block());
        assertArrayEquals(PeerMessageEncoder.encode(piece).array(), gathered.array());
    }

    @Test
    void encodingIntoTooSmallABufferWritesNothing() {
        ByteBuffer out = ByteBuffer.allocate(16);
        PeerMessage request = new PeerMessage.Request(new BlockRange(0, 0, 16384));
        out.position(4);
        assertThrows(BufferOverflowException.class, () -> PeerMessageEncoder.encode(request, out));
        assertEquals(4, out.position());
        assertThrows(BufferOverflowException.class,
                () -> PeerMessageEncoder.encodePieceHeader(new PeerMessage.Piece(0, 0, ByteBuffer.allocate(1)), out));
        assertEquals(4, out.position());
    }

    @Test
    void decodedPieceBlockIsReadOnlyAndReadingItDoesNotChangeTheMessage() throws PeerProtocolException {
        PeerMessage.Piece piece = (PeerMessage.Piece) Messages.decodeHex("0000000c07 00000002 00000200 010203").get(0);
        ByteBuffer block = piece.block();
        assertTrue(block.isReadOnly());
        block.get();
        assertEquals(3, piece.block().remaining());
        assertEquals(new BlockRange(2, 512, 3), piece.range());
    }

    @Test
    void aBitfieldDoesNotChangeWithTheSetItWasMadeFrom() {
        BitSet pieces = new BitSet();
        pieces.set(1);
        PeerMessage.Bitfield bitfield = new PeerMessage.Bitfield(pieces, 4);
        pieces.set(2);
        bitfield.pieces().set(3);
        assertTrue(bitfield.has(1));
        assertEquals(1, bitfield.pieces().cardinality());
    }
}
