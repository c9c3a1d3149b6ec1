package minitorrent.tracker.internal.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import minitorrent.metainfo.InfoHash;
import minitorrent.protocol.PeerAddress;
import minitorrent.tracker.AnnounceEvent;
import minitorrent.tracker.SwarmSnapshot;
import minitorrent.tracker.SwarmStats;

/**
 * The swarms our tracker knows: per torrent, its peers (told apart by address and port, since on
 * one host every peer is 127.0.0.1), their completion, and how many downloads finished. Peers
 * silent for longer than the peer lifetime are dropped. The number of torrents and of peers per
 * torrent is bounded. Thread-safe: every method holds the registry's lock; the HTTP and UDP
 * threads share one registry.
 */
final class SwarmRegistry {

    private final Clock clock;
    private final Duration peerLifetime;
    private final int maxPeersPerReply;
    private final int maxTorrents;
    private final int maxPeersPerTorrent;
    private final Random random;
    private final Map<InfoHash, Swarm> swarms = new HashMap<>();

    SwarmRegistry(Clock clock, Duration peerLifetime, int maxPeersPerReply, int maxTorrents, int maxPeersPerTorrent,
            Random random) {
        this.clock = clock;
        this.peerLifetime = peerLifetime;
        this.maxPeersPerReply = maxPeersPerReply;
        this.maxTorrents = maxTorrents;
        this.maxPeersPerTorrent = maxPeersPerTorrent;
        this.random = random;
    }

    /**
     * Records the announce and returns up to {@code min(numWant, maxPeersPerReply)} other peers at
     * random. A {@link AnnounceEvent#STOPPED stopped} peer is removed and gets no peers.
     */
    synchronized SwarmAnswer announce(AnnounceParameters announce, PeerAddress from) throws InvalidRequestException {
        Instant now = clock.instant();
        Swarm swarm = swarms.get(announce.infoHash());
        if (swarm == null) {
            if (announce.event() == AnnounceEvent.STOPPED) {
                return new SwarmAnswer(List.of(), 0, 0);
            }
            if (swarms.size() >= maxTorrents) {
                dropExpired(now);
                if (swarms.size() >= maxTorrents) {
                    throw new InvalidRequestException("this tracker serves at most " + maxTorrents + " torrents");
                }
            }
            swarm = new Swarm();
            swarms.put(announce.infoHash(), swarm);
        }
        swarm.dropExpired(now.minus(peerLifetime));
        if (announce.event() == AnnounceEvent.STOPPED) {
            swarm.peers.remove(from);
            return swarm.answer(List.of());
        }
        RegisteredPeer previous = swarm.peers.get(from);
        if (previous == null && swarm.peers.size() >= maxPeersPerTorrent) {
            throw new InvalidRequestException("this torrent has the most peers this tracker keeps, " + maxPeersPerTorrent);
        }
        boolean counted = previous != null && previous.completed();
        boolean completes = announce.event() == AnnounceEvent.COMPLETED && !counted;
        if (completes) {
            swarm.completed++;
        }
        RegisteredPeer peer = new RegisteredPeer(announce.peerId(), from, announce.left(), now, counted || completes);
        swarm.peers.put(from, peer);
        return swarm.answer(pick(swarm, peer, Math.min(announce.numWant(), maxPeersPerReply)));
    }

    /** The stats of these torrents; unknown ones are absent. */
    synchronized Map<InfoHash, SwarmStats> scrape(List<InfoHash> infoHashes) {
        Instant now = clock.instant();
        Map<InfoHash, SwarmStats> stats = new LinkedHashMap<>();
        for (InfoHash infoHash : infoHashes) {
            Swarm swarm = swarms.get(infoHash);
            if (swarm != null) {
                swarm.dropExpired(now.minus(peerLifetime));
                stats.put(infoHash, swarm.stats());
            }
        }
        return stats;
    }

    /** Every torrent with its counts, for the UI and the command line. */
    synchronized List<SwarmSnapshot> snapshot() {
        dropExpired(clock.instant());
        List<SwarmSnapshot> snapshot = new ArrayList<>(swarms.size());
        swarms.forEach((infoHash, swarm) -> {
            SwarmStats stats = swarm.stats();
            snapshot.add(new SwarmSnapshot(infoHash, stats.seeders(), stats.leechers(), stats.completed()));
        });
        return snapshot;
    }

    /** Drops silent peers everywhere, and swarms left with no peer and no finished download. */
    synchronized void dropExpired(Instant now) {
        Instant oldest = now.minus(peerLifetime);
        swarms.values().removeIf(swarm -> {
            swarm.dropExpired(oldest);
            return swarm.peers.isEmpty() && swarm.completed == 0;
        });
    }

    /** Random others: never the asking peer, neither by address and port nor by peer id. */
    private List<RegisteredPeer> pick(Swarm swarm, RegisteredPeer asking, int count) {
        if (count <= 0) {
            return List.of();
        }
        List<RegisteredPeer> others = new ArrayList<>(swarm.peers.size());
        for (RegisteredPeer peer : swarm.peers.values()) {
            if (!peer.address().equals(asking.address()) && !peer.peerId().equals(asking.peerId())) {
                others.add(peer);
            }
        }
        Collections.shuffle(others, random);
        return others.subList(0, Math.min(count, others.size()));
    }

    /** One torrent's peers and finished-download count; guarded by the registry's lock. */
    private static final class Swarm {
        final Map<PeerAddress, RegisteredPeer> peers = new LinkedHashMap<>();
        long completed;

        void dropExpired(Instant oldest) {
            peers.values().removeIf(peer -> peer.lastSeen().isBefore(oldest));
        }

        SwarmStats stats() {
            long seeders = peers.values().stream().filter(RegisteredPeer::isSeeder).count();
            return new SwarmStats(seeders, completed, peers.size() - seeders);
        }

        SwarmAnswer answer(List<RegisteredPeer> picked) {
            SwarmStats stats = stats();
            return new SwarmAnswer(picked, (int) stats.seeders(), (int) stats.leechers());
        }
    }
}
