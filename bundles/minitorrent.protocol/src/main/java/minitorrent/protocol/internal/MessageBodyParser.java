package minitorrent.protocol.internal;

import java.nio.ByteBuffer;

import minitorrent.protocol.BlockRange;
import minitorrent.protocol.PeerMessage;
import minitorrent.protocol.PeerProtocolException;
import minitorrent.protocol.TorrentShape;

/**
 * Turns the body of a message whose length {@link MessageRules} accepted into a
 * {@link PeerMessage}, checking its values against the torrent: piece indexes in range, blocks
 * inside their piece, no spare bits set in a bitfield. Stateless.
 */
public final class MessageBodyParser {

    private final TorrentShape shape;

    public MessageBodyParser(TorrentShape shape) {
        this.shape = shape;
    }

    /**
     * @param id   the message id, one that {@link MessageRules#check} answered with DECODE
     * @param body the message after its id; the returned message may keep it, so it must not be
     *             reused
     */
    public PeerMessage parse(int id, byte[] body) throws PeerProtocolException {
        ByteBuffer in = ByteBuffer.wrap(body);
        return switch (id) {
            case MessageIds.CHOKE -> new PeerMessage.Choke();
            case MessageIds.UNCHOKE -> new PeerMessage.Unchoke();
            case MessageIds.INTERESTED -> new PeerMessage.Interested();
            case MessageIds.NOT_INTERESTED -> new PeerMessage.NotInterested();
            case MessageIds.HAVE -> new PeerMessage.Have(pieceIndex("HAVE", in.getInt()));
            case MessageIds.BITFIELD -> bitfield(body);
            case MessageIds.REQUEST -> new PeerMessage.Request(blockRange("REQUEST", in));
            case MessageIds.CANCEL -> new PeerMessage.Cancel(blockRange("CANCEL", in));
            case MessageIds.PIECE -> piece(in);
            case MessageIds.PORT -> new PeerMessage.Port(Short.toUnsignedInt(in.getShort()));
            case MessageIds.EXTENDED -> new PeerMessage.Extended(Byte.toUnsignedInt(in.get()), in.slice());
            default -> throw new IllegalArgumentException("no body parser for " + MessageIds.name(id));
        };
    }

    /**
     * A PIECE from its body where it lies in the input, without copying it: the message's block
     * is a view of {@code body}, valid while the caller leaves those bytes alone.
     */
    public PeerMessage.Piece parsePiece(ByteBuffer body) throws PeerProtocolException {
        return piece(body);
    }

    private PeerMessage.Bitfield bitfield(byte[] body) throws PeerProtocolException {
        int pieceCount = shape.pieceCount();
        int spareBits = body.length * 8 - pieceCount;
        int spare = body[body.length - 1] & ((1 << spareBits) - 1);
        if (spare != 0) {
            throw new PeerProtocolException("BITFIELD has spare bits set after the last piece " + (pieceCount - 1)
                    + ": last byte 0x" + String.format("%02x", body[body.length - 1]));
        }
        return new PeerMessage.Bitfield(BitfieldBytes.toPieces(body, 0, body.length), pieceCount);
    }

    private BlockRange blockRange(String message, ByteBuffer in) throws PeerProtocolException {
        int piece = pieceIndex(message, in.getInt());
        long offset = Integer.toUnsignedLong(in.getInt());
        long length = Integer.toUnsignedLong(in.getInt());
        if (length == 0 || length > BlockRange.MAX_LENGTH) {
            throw new PeerProtocolException(message + " of " + length + " bytes, expected 1 to the block limit of "
                    + BlockRange.MAX_LENGTH);
        }
        checkInsidePiece(message, piece, offset, length);
        return new BlockRange(piece, (int) offset, (int) length);
    }

    private PeerMessage.Piece piece(ByteBuffer in) throws PeerProtocolException {
        int piece = pieceIndex("PIECE", in.getInt());
        long offset = Integer.toUnsignedLong(in.getInt());
        checkInsidePiece("PIECE", piece, offset, in.remaining());
        return new PeerMessage.Piece(piece, (int) offset, in.slice());
    }

    private int pieceIndex(String message, int index) throws PeerProtocolException {
        if (Integer.compareUnsigned(index, shape.pieceCount()) >= 0) {
            throw new PeerProtocolException(message + " for piece " + Integer.toUnsignedString(index)
                    + ", the torrent has pieces 0 to " + (shape.pieceCount() - 1));
        }
        return index;
    }

    private void checkInsidePiece(String message, int piece, long offset, long length) throws PeerProtocolException {
        int pieceLength = shape.lengthOf(piece);
        if (offset + length > pieceLength) {
            throw new PeerProtocolException(message + " of " + length + " bytes at offset " + offset
                    + " runs past the end of piece " + piece + " (" + pieceLength + " bytes)");
        }
    }
}
