package minitorrent.protocol;

import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;

import minitorrent.protocol.internal.BitfieldBytes;
import minitorrent.protocol.internal.MessageIds;

/**
 * Writes messages in their wire form: a 4-byte big-endian length, the id, the body (BEP 3). A
 * PIECE can be written as its 13-byte header alone ({@link #encodePieceHeader}) so that the block
 * goes out in the same gathering write straight from where it was read, never copied. Stateless.
 */
public final class PeerMessageEncoder {

    private static final int PIECE_HEADER_LENGTH = 13;

    private PeerMessageEncoder() {
    }

    /** The number of bytes {@link #encode(PeerMessage, ByteBuffer)} writes for this message. */
    public static int encodedLength(PeerMessage message) {
        return 4 + switch (message) {
            case PeerMessage.KeepAlive keepAlive -> 0;
            case PeerMessage.Choke choke -> 1;
            case PeerMessage.Unchoke unchoke -> 1;
            case PeerMessage.Interested interested -> 1;
            case PeerMessage.NotInterested notInterested -> 1;
            case PeerMessage.Have have -> 5;
            case PeerMessage.Bitfield bitfield -> 1 + BitfieldBytes.length(bitfield.pieceCount());
            case PeerMessage.Request request -> 13;
            case PeerMessage.Piece piece -> 9 + piece.range().length();
            case PeerMessage.Cancel cancel -> 13;
            case PeerMessage.Port port -> 3;
            case PeerMessage.Extended extended -> 2 + extended.payload().remaining();
        };
    }

    /** The message in a new buffer of exactly its length, ready to be read (flipped). */
    public static ByteBuffer encode(PeerMessage message) {
        ByteBuffer out = ByteBuffer.allocate(encodedLength(message));
        encode(message, out);
        return out.flip();
    }

    /**
     * Writes the message at the buffer's position.
     *
     * @throws BufferOverflowException if fewer than {@link #encodedLength} bytes remain; then
     *                                 nothing is written
     */
    public static void encode(PeerMessage message, ByteBuffer out) {
        int length = encodedLength(message);
        if (out.remaining() < length) {
            throw new BufferOverflowException();
        }
        out.putInt(length - 4);
        switch (message) {
            case PeerMessage.KeepAlive keepAlive -> {
            }
            case PeerMessage.Choke choke -> out.put((byte) MessageIds.CHOKE);
            case PeerMessage.Unchoke unchoke -> out.put((byte) MessageIds.UNCHOKE);
            case PeerMessage.Interested interested -> out.put((byte) MessageIds.INTERESTED);
            case PeerMessage.NotInterested notInterested -> out.put((byte) MessageIds.NOT_INTERESTED);
            case PeerMessage.Have have -> out.put((byte) MessageIds.HAVE).putInt(have.piece());
            case PeerMessage.Bitfield bitfield -> out.put((byte) MessageIds.BITFIELD)
                    .put(BitfieldBytes.toBytes(bitfield.pieces(), bitfield.pieceCount()));
            case PeerMessage.Request request -> putBlockRange(out.put((byte) MessageIds.REQUEST), request.block());
            case PeerMessage.Piece piece -> putPieceFields(out, piece).put(piece.block());
            case PeerMessage.Cancel cancel -> putBlockRange(out.put((byte) MessageIds.CANCEL), cancel.block());
            case PeerMessage.Port port -> out.put((byte) MessageIds.PORT).putShort((short) port.port());
            case PeerMessage.Extended extended -> out.put((byte) MessageIds.EXTENDED)
                    .put((byte) extended.extendedId()).put(extended.payload());
        }
    }

    /**
     * Writes the 13 bytes of a PIECE message that come before its block: the length prefix
     * (which counts the block), the id, the index and the offset. The block's bytes must follow.
     *
     * @throws BufferOverflowException if fewer than 13 bytes remain; then nothing is written
     */
    public static void encodePieceHeader(PeerMessage.Piece piece, ByteBuffer out) {
        if (out.remaining() < PIECE_HEADER_LENGTH) {
            throw new BufferOverflowException();
        }
        putPieceFields(out.putInt(encodedLength(piece) - 4), piece);
    }

    /** The id, index and offset of a PIECE: what follows its length prefix and precedes its block. */
    private static ByteBuffer putPieceFields(ByteBuffer out, PeerMessage.Piece piece) {
        return out.put((byte) MessageIds.PIECE).putInt(piece.piece()).putInt(piece.offset());
    }

    private static void putBlockRange(ByteBuffer out, BlockRange block) {
        out.putInt(block.piece()).putInt(block.offset()).putInt(block.length());
    }
}
