package minitorrent.protocol;

import java.nio.ByteBuffer;
import java.util.BitSet;

/**
 * A message of the peer wire protocol after the handshake (BEP 3), plus the DHT port message
 * (BEP 5) and the extension protocol's message (BEP 10). Sealed, so that a {@code switch} over a
 * message is checked for completeness. Every message is an immutable value; the two that carry
 * bytes ({@link Piece}, {@link Extended}) hand out read-only views of them.
 */
public sealed interface PeerMessage {

    /** Zero-length message that keeps an idle connection open. */
    record KeepAlive() implements PeerMessage {
    }

    /** The sender will not answer our requests. */
    record Choke() implements PeerMessage {
    }

    /** The sender will answer our requests. */
    record Unchoke() implements PeerMessage {
    }

    /** The sender wants pieces we have. */
    record Interested() implements PeerMessage {
    }

    /** The sender wants nothing we have. */
    record NotInterested() implements PeerMessage {
    }

    /** The sender has completed and verified this piece. */
    record Have(int piece) implements PeerMessage {

        public Have {
            if (piece < 0) {
                throw new IllegalArgumentException("a piece index is 0 or more, not " + piece);
            }
        }
    }

    /**
     * Every piece the sender has. Usually sent right after the handshake; aria2 also sends one in
     * the middle of a connection, which replaces what was known of the peer's pieces.
     *
     * @param pieces     the indexes of the pieces the sender has, all below {@code pieceCount}
     * @param pieceCount the number of pieces of the torrent, which fixes the message's length
     */
    record Bitfield(BitSet pieces, int pieceCount) implements PeerMessage {

        public Bitfield {
            if (pieceCount < 1 || pieces.length() > pieceCount) {
                throw new IllegalArgumentException("a bitfield holds pieces 0 to " + (pieceCount - 1)
                        + " of at least one piece, not " + pieces + " of " + pieceCount);
            }
            pieces = (BitSet) pieces.clone();
        }

        /** A copy of the set of pieces. */
        @Override
        public BitSet pieces() {
            return (BitSet) pieces.clone();
        }

        public boolean has(int piece) {
            return pieces.get(piece);
        }
    }

    /** The sender asks for this block. */
    record Request(BlockRange block) implements PeerMessage {
    }

    /**
     * A block of data, the answer to a request. The record keeps a read-only view of the buffer's
     * remaining bytes without copying them: whoever made it must not change them afterwards.
     *
     * @param piece  the piece index
     * @param offset the byte offset of the block in the piece
     * @param block  the block's bytes, 1 to {@link BlockRange#MAX_LENGTH} of them
     */
    record Piece(int piece, int offset, ByteBuffer block) implements PeerMessage {

        public Piece {
            new BlockRange(piece, offset, block.remaining()); // throws if it is no lawful block
            block = block.asReadOnlyBuffer().slice();
        }

        /** A read-only view of the block's bytes, positioned at its start. */
        @Override
        public ByteBuffer block() {
            return block.duplicate();
        }

        /** The block this message carries, to match it with the request it answers. */
        public BlockRange range() {
            return new BlockRange(piece, offset, block.remaining());
        }
    }

    /** The sender no longer wants this block it requested. */
    record Cancel(BlockRange block) implements PeerMessage {
    }

    /** The UDP port of the sender's DHT node (BEP 5). */
    record Port(int port) implements PeerMessage {

        public Port {
            if (port < 0 || port > 0xffff) {
                throw new IllegalArgumentException("a port is 0 to 65535, not " + port);
            }
        }
    }

    /**
     * A message of the extension protocol (BEP 10): the extension handshake when
     * {@code extendedId} is {@link #HANDSHAKE_ID}, otherwise a message of the extension that the
     * receiver's handshake mapped to this id. The payload is kept as a read-only view, as in
     * {@link Piece}.
     */
    record Extended(int extendedId, ByteBuffer payload) implements PeerMessage {

        /** The extended message id of the extension handshake (BEP 10). */
        public static final int HANDSHAKE_ID = 0;

        public Extended {
            if (extendedId < 0 || extendedId > 0xff) {
                throw new IllegalArgumentException("an extended message id is one byte, not " + extendedId);
            }
            payload = payload.asReadOnlyBuffer().slice();
        }

        /** A read-only view of the payload, positioned at its start. */
        @Override
        public ByteBuffer payload() {
            return payload.duplicate();
        }
    }
}
