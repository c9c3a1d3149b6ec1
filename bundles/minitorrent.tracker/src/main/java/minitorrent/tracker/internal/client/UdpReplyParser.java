package minitorrent.tracker.internal.client;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import minitorrent.tracker.SwarmStats;
import minitorrent.tracker.internal.CompactPeers;
import minitorrent.tracker.internal.MalformedReplyException;
import minitorrent.tracker.internal.UdpProtocol;

/**
 * Decodes a UDP tracker's datagram (BEP 15). Anything that is not a well-formed reply is a
 * {@link MalformedReplyException}; the client ignores such datagrams and keeps waiting.
 * Stateless.
 */
final class UdpReplyParser {

    private UdpReplyParser() {
    }

    /**
     * Decodes a datagram.
     *
     * @param packet          the datagram's bytes; its position does not move
     * @param peerEntryLength 6 when the tracker was reached over IPv4, 18 over IPv6 (BEP 15)
     */
    static UdpReply parse(ByteBuffer packet, int peerEntryLength) throws MalformedReplyException {
        ByteBuffer in = packet.slice();
        if (in.remaining() < UdpProtocol.REPLY_HEADER_LENGTH) {
            throw new MalformedReplyException("a reply of " + in.remaining() + " bytes is shorter than its 8-byte header");
        }
        int action = in.getInt();
        int transactionId = in.getInt();
        return switch (action) {
            case UdpProtocol.ACTION_CONNECT -> connected(in, transactionId);
            case UdpProtocol.ACTION_ANNOUNCE -> announced(in, transactionId, peerEntryLength);
            case UdpProtocol.ACTION_SCRAPE -> scraped(in, transactionId);
            case UdpProtocol.ACTION_ERROR ->
                new UdpReply.Error(transactionId, StandardCharsets.UTF_8.decode(in).toString());
            default -> throw new MalformedReplyException("unknown action " + action + " at byte 0");
        };
    }

    private static UdpReply connected(ByteBuffer in, int transactionId) throws MalformedReplyException {
        if (in.remaining() < 8) {
            throw new MalformedReplyException("a connect reply has " + (in.remaining() + 8) + " bytes, not 16");
        }
        return new UdpReply.Connected(transactionId, in.getLong());
    }

    private static UdpReply announced(ByteBuffer in, int transactionId, int peerEntryLength)
            throws MalformedReplyException {
        if (in.remaining() < UdpProtocol.ANNOUNCE_REPLY_HEADER_LENGTH - UdpProtocol.REPLY_HEADER_LENGTH) {
            throw new MalformedReplyException("an announce reply has " + (in.remaining() + 8)
                    + " bytes, fewer than its 20-byte header");
        }
        int interval = in.getInt();
        int leechers = in.getInt();
        int seeders = in.getInt();
        if (interval < 0 || leechers < 0 || seeders < 0) {
            throw new MalformedReplyException("an announce reply has a negative interval or count at byte 8");
        }
        return new UdpReply.Announced(transactionId, interval, leechers, seeders,
                CompactPeers.decode(in, peerEntryLength, "peers"));
    }

    private static UdpReply scraped(ByteBuffer in, int transactionId) throws MalformedReplyException {
        if (in.remaining() % UdpProtocol.SCRAPE_REPLY_ENTRY_LENGTH != 0) {
            throw new MalformedReplyException("a scrape reply's " + in.remaining()
                    + " bytes after the header are not a multiple of 12");
        }
        List<SwarmStats> stats = new ArrayList<>(in.remaining() / UdpProtocol.SCRAPE_REPLY_ENTRY_LENGTH);
        while (in.hasRemaining()) {
            long seeders = Integer.toUnsignedLong(in.getInt());
            long completed = Integer.toUnsignedLong(in.getInt());
            long leechers = Integer.toUnsignedLong(in.getInt());
            stats.add(new SwarmStats(seeders, completed, leechers));
        }
        return new UdpReply.Scraped(transactionId, stats);
    }
}
