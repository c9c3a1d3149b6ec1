package minitorrent.protocol;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Test data and helpers shared by the codec tests: a torrent shape, one of each message, decoding loops. */
final class Messages {

    /** 10 pieces of 32 KiB and a last one of 5000 bytes: two blocks a piece, a short last piece. */
    static final TorrentShape SHAPE = new TorrentShape(11, 32 * 1024, 5000);

    private Messages() {
    }

    /** One message of every kind, the piece and extended ones with distinct bytes. */
    static List<PeerMessage> oneOfEach() {
        BitSet pieces = new BitSet();
        pieces.set(0);
        pieces.set(7);
        pieces.set(10);
        byte[] block = new byte[BlockRange.MAX_LENGTH];
        for (int i = 0; i < block.length; i++) {
            block[i] = (byte) (i * 31 + 7);
        }
        return List.of(new PeerMessage.KeepAlive(), new PeerMessage.Choke(), new PeerMessage.Unchoke(),
                new PeerMessage.Interested(), new PeerMessage.NotInterested(), new PeerMessage.Have(10),
                new PeerMessage.Bitfield(pieces, SHAPE.pieceCount()),
                new PeerMessage.Request(new BlockRange(3, 16384, 16384)),
                new PeerMessage.Piece(3, 16384, ByteBuffer.wrap(block)),
                new PeerMessage.Piece(10, 4000, ByteBuffer.wrap(block, 0, 1000)),
                new PeerMessage.Cancel(new BlockRange(10, 0, 5000)), new PeerMessage.Port(6881),
                new PeerMessage.Extended(0, ByteBuffer.wrap("d1:md11:ut_metadatai3eee".getBytes())),
                new PeerMessage.Extended(3, ByteBuffer.allocate(0)));
    }

    /** The messages encoded one after another. */
    static byte[] encodeAll(List<PeerMessage> messages) {
        int length = messages.stream().mapToInt(PeerMessageEncoder::encodedLength).sum();
        ByteBuffer out = ByteBuffer.allocate(length);
        messages.forEach(message -> PeerMessageEncoder.encode(message, out));
        return out.array();
    }

    /** Feeds the chunks in order and collects every message; fails if a call makes no progress. */
    static List<PeerMessage> decodeChunks(PeerMessageDecoder decoder, ByteBuffer... chunks)
            throws PeerProtocolException {
        List<PeerMessage> messages = new ArrayList<>();
        for (ByteBuffer chunk : chunks) {
            while (true) {
                Optional<PeerMessage> message = decoder.decode(chunk);
                if (message.isEmpty()) {
                    if (chunk.hasRemaining()) {
                        throw new AssertionError("decoder returned nothing but left " + chunk.remaining() + " bytes");
                    }
                    break;
                }
                messages.add(kept(message.get()));
            }
        }
        return messages;
    }

    /** The message with a copy of its block, for a PIECE: the decoder's block is valid only until it decodes again. */
    private static PeerMessage kept(PeerMessage message) {
        if (message instanceof PeerMessage.Piece piece) {
            ByteBuffer block = piece.block();
            ByteBuffer copy = ByteBuffer.allocate(block.remaining()).put(block).flip();
            return new PeerMessage.Piece(piece.piece(), piece.offset(), copy);
        }
        return message;
    }

    /** Bytes written in hexadecimal, with spaces between fields for the reader. */
    static ByteBuffer hex(String hex) {
        return ByteBuffer.wrap(HexFormat.of().parseHex(hex.replace(" ", "")));
    }

    /** Decodes bytes given in hexadecimal, in one chunk. */
    static List<PeerMessage> decodeHex(String hex) throws PeerProtocolException {
        return decodeChunks(new PeerMessageDecoder(SHAPE), hex(hex));
    }
}
