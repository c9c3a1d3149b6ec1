package minitorrent.tracker.internal.client;

import java.nio.ByteBuffer;
import java.util.List;

import minitorrent.metainfo.InfoHash;
import minitorrent.tracker.AnnounceRequest;
import minitorrent.tracker.internal.UdpProtocol;

/** Encodes the three requests a UDP tracker client sends (BEP 15), big-endian as the BEP says. Stateless. */
final class UdpRequests {

    private UdpRequests() {
    }

    static byte[] connect(int transactionId) {
        return ByteBuffer.allocate(UdpProtocol.CONNECT_REQUEST_LENGTH)
                .putLong(UdpProtocol.PROTOCOL_ID)
                .putInt(UdpProtocol.ACTION_CONNECT)
                .putInt(transactionId)
                .array();
    }

    /** The IP field is 0: the tracker takes the address the datagram came from. */
    static byte[] announce(long connectionId, int transactionId, AnnounceRequest request) {
        return ByteBuffer.allocate(UdpProtocol.ANNOUNCE_REQUEST_LENGTH)
                .putLong(connectionId)
                .putInt(UdpProtocol.ACTION_ANNOUNCE)
                .putInt(transactionId)
                .put(request.infoHash().bytes())
                .put(request.peerId().bytes())
                .putLong(request.downloaded())
                .putLong(request.left())
                .putLong(request.uploaded())
                .putInt(request.event().udpCode())
                .putInt(0)
                .putInt(request.key())
                .putInt(request.numWant())
                .putShort((short) request.port())
                .array();
    }

    static byte[] scrape(long connectionId, int transactionId, List<InfoHash> infoHashes) {
        ByteBuffer packet = ByteBuffer.allocate(UdpProtocol.SCRAPE_REQUEST_HEADER_LENGTH + infoHashes.size() * InfoHash.LENGTH)
                .putLong(connectionId)
                .putInt(UdpProtocol.ACTION_SCRAPE)
                .putInt(transactionId);
        infoHashes.forEach(infoHash -> packet.put(infoHash.bytes()));
        return packet.array();
    }
}
