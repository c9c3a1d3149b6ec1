package minitorrent.protocol.internal;

import minitorrent.protocol.BlockRange;
import minitorrent.protocol.PeerProtocolException;
import minitorrent.protocol.TorrentShape;

/**
 * The lengths each message may lawfully have, checked on the length prefix alone before a single
 * byte of the body is buffered, so that a peer can make a decoder allocate no more than the
 * message it announces may need.
 *
 * <ul>
 * <li>CHOKE to NOT_INTERESTED: exactly 1 byte; HAVE 5; REQUEST and CANCEL 13; PORT 3 (BEP 5).</li>
 * <li>BITFIELD: exactly 1 + ceil(pieces / 8).</li>
 * <li>PIECE: 9 + 1 to {@link BlockRange#MAX_LENGTH} (16 KiB, the most we ever request).</li>
 * <li>EXTENDED: 2 (id and extended id) up to the configured limit.</li>
 * <li>The fast extension's messages (BEP 6): an error, since we do not advertise it and BEP 6
 * tells a peer that did not negotiate it to close the connection.</li>
 * <li>Any other id: skipped without being buffered, as long as it is no longer than the extended
 * limit. Ignoring unknown messages keeps us compatible with extensions added after us (BEP 52's
 * hash messages, say) from peers that send them anyway; the bound keeps a peer from streaming an
 * endless message at us.</li>
 * </ul>
 */
public final class MessageRules {

    /** What the decoder does with a message whose length was checked. */
    public enum Disposition {
        /** Collect the body and decode it. */
        DECODE,
        /** Discard the body unread. */
        SKIP
    }

    private final TorrentShape shape;
    private final int maxExtendedLength;

    /**
     * @param maxExtendedLength the longest EXTENDED message (length prefix, so id bytes
     *                          included), which also bounds skipped unknown messages
     */
    public MessageRules(TorrentShape shape, int maxExtendedLength) {
        this.shape = shape;
        this.maxExtendedLength = maxExtendedLength;
    }

    /**
     * Checks a message's length prefix (unsigned, and at least 1, the id) against its id.
     *
     * @throws PeerProtocolException if no message of this id may have this length
     */
    public Disposition check(int id, long length) throws PeerProtocolException {
        switch (id) {
            case MessageIds.CHOKE, MessageIds.UNCHOKE, MessageIds.INTERESTED, MessageIds.NOT_INTERESTED ->
                    expectExactly(id, length, 1);
            case MessageIds.HAVE -> expectExactly(id, length, 5);
            case MessageIds.REQUEST, MessageIds.CANCEL -> expectExactly(id, length, 13);
            case MessageIds.PORT -> expectExactly(id, length, 3);
            case MessageIds.BITFIELD -> {
                int expected = 1 + BitfieldBytes.length(shape.pieceCount());
                if (length != expected) {
                    throw new PeerProtocolException("BITFIELD of length " + length + ", expected " + expected + " for "
                            + shape.pieceCount() + " pieces");
                }
            }
            case MessageIds.PIECE -> {
                if (length <= 9 || length > 9 + BlockRange.MAX_LENGTH) {
                    throw new PeerProtocolException("PIECE of length " + length + ", expected 9 + a block of 1 to "
                            + BlockRange.MAX_LENGTH + " bytes");
                }
            }
            case MessageIds.EXTENDED -> {
                if (length < 2 || length > maxExtendedLength) {
                    throw new PeerProtocolException("EXTENDED of length " + length + ", expected 2 to "
                            + maxExtendedLength);
                }
            }
            default -> {
                if (MessageIds.isFastExtension(id)) {
                    throw new PeerProtocolException(MessageIds.name(id) + " (id " + id
                            + ") of the fast extension (BEP 6), which was not negotiated");
                }
                if (length > maxExtendedLength) {
                    throw new PeerProtocolException("unknown message id " + id + " of length " + length
                            + ", above the limit of " + maxExtendedLength);
                }
                return Disposition.SKIP;
            }
        }
        return Disposition.DECODE;
    }

    private static void expectExactly(int id, long length, int expected) throws PeerProtocolException {
        if (length != expected) {
            throw new PeerProtocolException(MessageIds.name(id) + " of length " + length + ", expected " + expected);
        }
    }
}
