package minitorrent.tracker.internal.server;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import minitorrent.bencode.BencodeDictionary;
import minitorrent.bencode.BencodeEncoder;
import minitorrent.bencode.BencodeList;
import minitorrent.bencode.BencodeString;
import minitorrent.bencode.BencodeValue;
import minitorrent.metainfo.InfoHash;
import minitorrent.protocol.PeerAddress;
import minitorrent.tracker.SwarmStats;
import minitorrent.tracker.internal.CompactPeers;

/**
 * The bencoded bodies our HTTP tracker answers with: announce replies with compact peers
 * (BEP 23, IPv6 in {@code peers6}, BEP 7) or dictionary peers (BEP 3), scrape replies (BEP 48),
 * and {@code failure reason}. Stateless.
 */
final class TrackerReplies {

    private TrackerReplies() {
    }

    static byte[] announce(SwarmAnswer answer, Duration interval, Duration minInterval, AnnounceParameters request) {
        BencodeDictionary.Builder reply = BencodeDictionary.builder()
                .put("interval", interval.toSeconds())
                .put("min interval", minInterval.toSeconds())
                .put("complete", answer.seeders())
                .put("incomplete", answer.leechers());
        List<PeerAddress> addresses = answer.peers().stream().map(RegisteredPeer::address).toList();
        if (request.compact()) {
            reply.put("peers", BencodeString.of(CompactPeers.encode(addresses, Inet4Address.class)));
            byte[] peers6 = CompactPeers.encode(addresses, Inet6Address.class);
            if (peers6.length > 0) {
                reply.put("peers6", BencodeString.of(peers6));
            }
        } else {
            reply.put("peers", dictionaryPeers(answer.peers(), request.noPeerId()));
        }
        return BencodeEncoder.encode(reply.build());
    }

    static byte[] scrape(Map<InfoHash, SwarmStats> stats) {
        BencodeDictionary.Builder files = BencodeDictionary.builder();
        stats.forEach((infoHash, swarm) -> files.put(BencodeString.of(infoHash.bytes()), BencodeDictionary.builder()
                .put("complete", swarm.seeders())
                .put("downloaded", swarm.completed())
                .put("incomplete", swarm.leechers())
                .build()));
        return BencodeEncoder.encode(BencodeDictionary.builder().put("files", files.build()).build());
    }

    static byte[] failure(String reason) {
        return BencodeEncoder.encode(BencodeDictionary.builder().put("failure reason", reason).build());
    }

    private static BencodeList dictionaryPeers(List<RegisteredPeer> peers, boolean noPeerId) {
        List<BencodeValue> list = new ArrayList<>(peers.size());
        for (RegisteredPeer peer : peers) {
            BencodeDictionary.Builder entry = BencodeDictionary.builder()
                    .put("ip", peer.address().address().getHostAddress())
                    .put("port", peer.address().port());
            if (!noPeerId) {
                entry.put("peer id", BencodeString.of(peer.peerId().bytes()));
            }
            list.add(entry.build());
        }
        return new BencodeList(list);
    }
}
