package minitorrent.tracker.internal.server;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import minitorrent.metainfo.InfoHash;
import minitorrent.protocol.PeerAddress;
import minitorrent.protocol.PeerId;
import minitorrent.tracker.AnnounceEvent;
import minitorrent.tracker.AnnounceRequest;
import minitorrent.tracker.SwarmStats;
import minitorrent.tracker.TrackerServerEvent.Transport;
import minitorrent.tracker.internal.CompactPeers;
import minitorrent.tracker.internal.UdpProtocol;

/**
 * Answers one datagram of the UDP tracker protocol (BEP 15): connect, announce, scrape. A
 * datagram too short to hold a transaction id, or a connect without the magic protocol id, gets
 * no answer at all (so the tracker cannot be used to reflect traffic); other bad requests get an
 * error (action 3) naming the problem. Peers are returned in the address family the request came
 * over. No sockets here: the service loop sends what this returns. Thread-safe.
 */
final class UdpExchange {

    private final TrackerService service;
    private final ConnectionIds connectionIds;

    UdpExchange(TrackerService service, ConnectionIds connectionIds) {
        this.service = service;
        this.connectionIds = connectionIds;
    }

    /** The reply to send to {@code from}, or empty when the datagram deserves none. */
    Optional<byte[]> answer(ByteBuffer datagram, InetSocketAddress from) {
        ByteBuffer in = datagram.slice();
        if (in.remaining() < 16) {
            return Optional.empty();
        }
        long connectionId = in.getLong(0);
        int action = in.getInt(8);
        int transactionId = in.getInt(12);
        if (action == UdpProtocol.ACTION_CONNECT) {
            if (connectionId != UdpProtocol.PROTOCOL_ID) {
                return Optional.empty();
            }
            return Optional.of(ByteBuffer.allocate(UdpProtocol.CONNECT_REPLY_LENGTH)
                    .putInt(UdpProtocol.ACTION_CONNECT).putInt(transactionId).putLong(connectionIds.issue(from))
                    .array());
        }
        if (!connectionIds.isValid(connectionId, from)) {
            return Optional.of(refuse(transactionId, from, "unknown or expired connection id"));
        }
        try {
            return Optional.of(switch (action) {
                case UdpProtocol.ACTION_ANNOUNCE -> announce(in, transactionId, from);
                case UdpProtocol.ACTION_SCRAPE -> scrape(in, transactionId, from);
                default -> throw new InvalidRequestException("unknown action " + action);
            });
        } catch (InvalidRequestException e) {
            return Optional.of(refuse(transactionId, from, e.getMessage()));
        }
    }

    private byte[] announce(ByteBuffer in, int transactionId, InetSocketAddress from) throws InvalidRequestException {
        if (in.remaining() < UdpProtocol.ANNOUNCE_REQUEST_LENGTH) {
            throw new InvalidRequestException("an announce has 98 bytes, not " + in.remaining());
        }
        byte[] infoHash = new byte[InfoHash.LENGTH];
        byte[] peerId = new byte[PeerId.LENGTH];
        in.position(16).get(infoHash).get(peerId);
        in.getLong(); // downloaded: not kept
        long left = in.getLong();
        in.getLong(); // uploaded: not kept
        int eventCode = in.getInt();
        in.getInt(); // IP: BEP 15 allows it, but we take the datagram's source, never a claimed address
        in.getInt(); // key
        int numWant = in.getInt();
        int port = Short.toUnsignedInt(in.getShort());
        AnnounceEvent event = AnnounceEvent.fromUdpCode(eventCode)
                .orElseThrow(() -> new InvalidRequestException("unknown event " + eventCode));
        if (port == 0) {
            throw new InvalidRequestException("port must be 1 to 65535, not 0");
        }
        if (left < 0) {
            throw new InvalidRequestException("left must not be negative, not " + left);
        }
        AnnounceParameters announce = new AnnounceParameters(InfoHash.of(infoHash), PeerId.of(peerId), port, left,
                event, numWant < 0 ? AnnounceRequest.DEFAULT_NUM_WANT : numWant, true, true);
        SwarmAnswer answer = service.announce(announce, new PeerAddress(from.getAddress(), port), Transport.UDP);
        List<PeerAddress> addresses = answer.peers().stream().map(RegisteredPeer::address).toList();
        byte[] peers = CompactPeers.encode(addresses, CompactPeers.familyOf(from.getAddress()));
        return ByteBuffer.allocate(UdpProtocol.ANNOUNCE_REPLY_HEADER_LENGTH + peers.length)
                .putInt(UdpProtocol.ACTION_ANNOUNCE).putInt(transactionId)
                .putInt((int) Math.min(Integer.MAX_VALUE, service.interval().toSeconds()))
                .putInt(answer.leechers()).putInt(answer.seeders()).put(peers)
                .array();
    }

    private byte[] scrape(ByteBuffer in, int transactionId, InetSocketAddress from) throws InvalidRequestException {
        int hashBytes = in.remaining() - UdpProtocol.SCRAPE_REQUEST_HEADER_LENGTH;
        int count = hashBytes / InfoHash.LENGTH;
        if (count < 1 || count > UdpProtocol.MAX_SCRAPE_HASHES || hashBytes % InfoHash.LENGTH != 0) {
            throw new InvalidRequestException("a scrape names 1 to 74 info hashes of 20 bytes, not " + hashBytes + " bytes");
        }
        List<InfoHash> infoHashes = new ArrayList<>(count);
        in.position(UdpProtocol.SCRAPE_REQUEST_HEADER_LENGTH);
        for (int i = 0; i < count; i++) {
            byte[] infoHash = new byte[InfoHash.LENGTH];
            in.get(infoHash);
            infoHashes.add(InfoHash.of(infoHash));
        }
        Map<InfoHash, SwarmStats> stats = service.scrape(infoHashes, from.getAddress(), Transport.UDP);
        ByteBuffer reply = ByteBuffer.allocate(UdpProtocol.REPLY_HEADER_LENGTH + count * UdpProtocol.SCRAPE_REPLY_ENTRY_LENGTH)
                .putInt(UdpProtocol.ACTION_SCRAPE).putInt(transactionId);
        SwarmStats unknown = new SwarmStats(0, 0, 0);
        for (InfoHash infoHash : infoHashes) {
            SwarmStats swarm = stats.getOrDefault(infoHash, unknown);
            reply.putInt(saturated(swarm.seeders())).putInt(saturated(swarm.completed())).putInt(saturated(swarm.leechers()));
        }
        return reply.array();
    }

    private byte[] refuse(int transactionId, InetSocketAddress from, String reason) {
        service.rejected(Transport.UDP, from.getAddress(), reason);
        byte[] message = reason.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(UdpProtocol.REPLY_HEADER_LENGTH + message.length)
                .putInt(UdpProtocol.ACTION_ERROR).putInt(transactionId).put(message).array();
    }

    private static int saturated(long count) {
        return (int) Math.min(Integer.MAX_VALUE, count);
    }
}
