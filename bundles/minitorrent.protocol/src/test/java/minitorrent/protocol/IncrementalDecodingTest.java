package minitorrent.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The decoder sees the same messages however the network cuts the stream. */
class IncrementalDecodingTest {

    /** Every message but the 16 KiB piece, so that trying every pair of cuts stays fast. */
    private static final List<PeerMessage> SMALL_MESSAGES = Messages.oneOfEach().stream()
            .filter(message -> PeerMessageEncoder.encodedLength(message) < 2000).toList();

    @Test
    void everySingleSplitPointOfAStreamOfEveryMessage() throws PeerProtocolException {
        List<PeerMessage> messages = Messages.oneOfEach();
        byte[] stream = Messages.encodeAll(messages);
        for (int cut = 0; cut <= stream.length; cut++) {
            PeerMessageDecoder decoder = new PeerMessageDecoder(Messages.SHAPE);
            List<PeerMessage> decoded = Messages.decodeChunks(decoder, ByteBuffer.wrap(stream, 0, cut),
                    ByteBuffer.wrap(stream, cut, stream.length - cut));
            assertEquals(messages, decoded, "cut at byte " + cut);
        }
    }

    @Test
    void everyPairOfSplitPointsOfAStreamOfSmallMessages() throws PeerProtocolException {
        byte[] stream = Messages.encodeAll(SMALL_MESSAGES);
        for (int first = 0; first <= stream.length; first++) {
            for (int second = first; second <= stream.length; second++) {
                PeerMessageDecoder decoder = new PeerMessageDecoder(Messages.SHAPE);
                List<PeerMessage> decoded = Messages.decodeChunks(decoder, ByteBuffer.wrap(stream, 0, first),
                        ByteBuffer.wrap(stream, first, second - first),
                        ByteBuffer.wrap(stream, second, stream.length - second));
                assertEquals(SMALL_MESSAGES, decoded, "cuts at bytes " + first + " and " + second);
            }
        }
    }

    @Test
    void oneByteAtATime() throws PeerProtocolException {
        List<PeerMessage> messages = Messages.oneOfEach();
        byte[] stream = Messages.encodeAll(messages);
        PeerMessageDecoder decoder = new PeerMessageDecoder(Messages.SHAPE);
        ByteBuffer[] bytes = new ByteBuffer[stream.length];
        for (int i = 0; i < stream.length; i++) {
            bytes[i] = ByteBuffer.wrap(stream, i, 1);
        }
        assertEquals(messages, Messages.decodeChunks(decoder, bytes));
    }

    @Test
    void randomChunkSizes() throws PeerProtocolException {
        List<PeerMessage> messages = Messages.oneOfEach();
        byte[] stream = Messages.encodeAll(messages);
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            List<ByteBuffer> chunks = new ArrayList<>();
            for (int start = 0; start < stream.length;) {
                int size = Math.min(stream.length - start, random.nextInt(1, 3000));
                chunks.add(ByteBuffer.wrap(stream, start, size));
                start += size;
            }
            PeerMessageDecoder decoder = new PeerMessageDecoder(Messages.SHAPE);
            assertEquals(messages, Messages.decodeChunks(decoder, chunks.toArray(ByteBuffer[]::new)), "round " + round);
        }
    }

    @Test
    void bytesAfterAMessageStayInTheBuffer() throws PeerProtocolException {
        byte[] stream = Messages.encodeAll(List.of(new PeerMessage.Have(1), new PeerMessage.Interested()));
        ByteBuffer in = ByteBuffer.wrap(stream);
        PeerMessageDecoder decoder = new PeerMessageDecoder(Messages.SHAPE);
        assertEquals(Optional.of(new PeerMessage.Have(1)), decoder.decode(in));
        assertEquals(9, in.position());
        assertEquals(Optional.of(new PeerMessage.Interested()), decoder.decode(in));
        assertFalse(in.hasRemaining());
        assertEquals(Optional.empty(), decoder.decode(in));
    }

    @Test
    void aBodylessMessageCompletesOnItsIdByteWithNothingAfterIt() throws PeerProtocolException {
        PeerMessageDecoder decoder = new PeerMessageDecoder(Messages.SHAPE);
        assertEquals(Optional.empty(), decoder.decode(ByteBuffer.wrap(new byte[] {0, 0, 0, 1})));
        assertFalse(decoder.isAtMessageBoundary());
        assertEquals(Optional.of(new PeerMessage.Unchoke()), decoder.decode(ByteBuffer.wrap(new byte[] {1})));
        assertTrue(decoder.isAtMessageBoundary());
    }

    @Test
    void aLateBitfieldIsDecodedLikeAnEarlyOne() throws PeerProtocolException {
        // aria2 sends a BITFIELD in the middle of a connection when it is shorter than several HAVEs.
        BitSet all = new BitSet();
        all.set(0, Messages.SHAPE.pieceCount());
        List<PeerMessage> messages = List.of(new PeerMessage.Bitfield(new BitSet(), 11),
                new PeerMessage.Unchoke(), new PeerMessage.Have(3), new PeerMessage.Piece(0, 0, ByteBuffer.allocate(10)),
                new PeerMessage.Bitfield(all, 11));
        PeerMessageDecoder decoder = new PeerMessageDecoder(Messages.SHAPE);
        assertEquals(messages, Messages.decodeChunks(decoder, ByteBuffer.wrap(Messages.encodeAll(messages))));
    }

    @Test
    void unknownMessageIdsAreSkippedWithoutBeingBuffered() throws PeerProtocolException {
        // id 21 (BEP 52's hash request) with 1000 bytes of body, between two known messages
        ByteBuffer unknown = ByteBuffer.allocate(4 + 1001).putInt(1001).put((byte) 21).rewind();
        byte[] stream = ByteBuffer.allocate(9 + unknown.remaining() + 5)
                .put(PeerMessageEncoder.encode(new PeerMessage.Have(2))).put(unknown)
                .put(PeerMessageEncoder.encode(new PeerMessage.Choke())).array();
        PeerMessageDecoder decoder = new PeerMessageDecoder(Messages.SHAPE);
        ByteBuffer first = ByteBuffer.wrap(stream, 0, 500);
        assertEquals(Optional.of(new PeerMessage.Have(2)), decoder.decode(first));
        assertEquals(Optional.empty(), decoder.decode(first));
        assertEquals(4, decoder.bufferCapacity(), "only the length prefix is held while skipping");
        assertEquals(List.of(new PeerMessage.Choke()),
                Messages.decodeChunks(decoder, ByteBuffer.wrap(stream, 500, stream.length - 500)));
        assertEquals(1, decoder.skippedMessages());
    }

    @Test
    void theBufferHoldsTheBodyBeingAssembledAndKeepsOneForThePiecesThatFollow() throws PeerProtocolException {
        PeerMessageDecoder decoder = new PeerMessageDecoder(Messages.SHAPE);
        ByteBuffer piece = PeerMessageEncoder.encode(new PeerMessage.Piece(10, 0, ByteBuffer.allocate(5000)));
        decoder.decode(piece.limit(5));
        assertEquals(4 + 8 + 5000, decoder.bufferCapacity());
        piece.limit(piece.capacity());
        decoder.decode(piece);
        assertEquals(4 + 8 + 5000, decoder.bufferCapacity(), "kept for the next PIECE split across reads");

        ByteBuffer have = PeerMessageEncoder.encode(new PeerMessage.Have(3));
        decoder.decode(have.limit(6));
        assertEquals(4 + 8 + 5000 + 4, decoder.bufferCapacity(), "another message's body beside it");
        decoder.decode(have.limit(have.capacity()));
        ByteBuffer smaller = PeerMessageEncoder.encode(new PeerMessage.Piece(10, 0, ByteBuffer.allocate(1000)));
        decoder.decode(smaller.limit(5));
        assertEquals(4 + 8 + 5000, decoder.bufferCapacity(), "a smaller PIECE reuses the buffer");
        smaller.limit(smaller.capacity());
        assertEquals(1000, ((PeerMessage.Piece) decoder.decode(smaller).orElseThrow()).block().remaining());
    }

    @Test
    void piecesSplitAcrossReadsArriveWholeOneAfterTheOther() throws PeerProtocolException {
        byte[] first = new byte[16 * 1024];
        byte[] second = new byte[16 * 1024];
        Arrays.fill(first, (byte) 1);
        Arrays.fill(second, (byte) 2);
        byte[] stream = Messages.encodeAll(List.of(new PeerMessage.Piece(3, 0, ByteBuffer.wrap(first)),
                new PeerMessage.Piece(3, 16 * 1024, ByteBuffer.wrap(second))));
        PeerMessageDecoder decoder = new PeerMessageDecoder(Messages.SHAPE);
        decoder.decode(ByteBuffer.wrap(stream, 0, 100));
        ByteBuffer rest = ByteBuffer.wrap(stream, 100, stream.length - 100);
        PeerMessage.Piece one = (PeerMessage.Piece) decoder.decode(rest).orElseThrow();
        assertEquals(ByteBuffer.wrap(first), one.block(), "the first block, collected across two reads");
        rest.limit(rest.position() + 50);
        assertEquals(Optional.empty(), decoder.decode(rest));
        rest.limit(stream.length);
        PeerMessage.Piece two = (PeerMessage.Piece) decoder.decode(rest).orElseThrow();
        assertEquals(ByteBuffer.wrap(second), two.block(), "the second block, in the same buffer");
    }

    @Test
    void aLargeMessageIsHeldOnlyAsFarAsItArrived() throws PeerProtocolException {
        byte[] payload = new byte[PeerMessageDecoder.DEFAULT_MAX_EXTENDED_LENGTH - 2];
        new Random(7).nextBytes(payload);
        ByteBuffer wire = PeerMessageEncoder.encode(new PeerMessage.Extended(9, ByteBuffer.wrap(payload)));
        PeerMessageDecoder decoder = new PeerMessageDecoder(Messages.SHAPE);
        assertEquals(Optional.empty(), decoder.decode(wire.slice(0, 100)));
        assertTrue(decoder.bufferCapacity() <= 4 + 8 + 16 * 1024, "holds " + decoder.bufferCapacity());
        assertEquals(Optional.empty(), decoder.decode(wire.slice(100, 100_000)));
        assertTrue(decoder.bufferCapacity() < 4 * 100_100, "holds " + decoder.bufferCapacity());
        PeerMessage.Extended decoded = (PeerMessage.Extended) decoder.decode(wire.position(100_100)).orElseThrow();
        assertEquals(ByteBuffer.wrap(payload), decoded.payload());
    }
}
