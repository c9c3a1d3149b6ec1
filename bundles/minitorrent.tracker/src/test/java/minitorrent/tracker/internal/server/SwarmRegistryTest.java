package minitorrent.tracker.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import minitorrent.metainfo.InfoHash;
import minitorrent.protocol.PeerAddress;
import minitorrent.protocol.PeerId;
import minitorrent.tracker.AnnounceEvent;
import minitorrent.tracker.MutableClock;
import minitorrent.tracker.SwarmStats;

/**
 * The swarms of our tracker: peer selection, caps, counts, stopped peers and expiry, on a clock the
 * test moves.
 */
class SwarmRegistryTest {

    private static final InfoHash HASH = InfoHash.fromHex("42".repeat(20));
    private final MutableClock clock = new MutableClock();
    private final SwarmRegistry registry = new SwarmRegistry(clock, Duration.ofMinutes(10), 5, 3, 100, new Random(1));

    private static PeerAddress address(int port) {
        return new PeerAddress(InetAddress.getLoopbackAddress(), port);
    }

    private SwarmAnswer announce(int port, long left, AnnounceEvent event, int numWant) throws InvalidRequestException {
        return announce(HASH, port, left, event, numWant);
    }

    private SwarmAnswer announce(InfoHash hash, int port, long left, AnnounceEvent event, int numWant)
            throws InvalidRequestException {
        PeerId id = PeerId.of(String.format("-TT0000-%012d", port).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return registry.announce(new AnnounceParameters(hash, id, port, left, event, numWant, true, false), address(port));
    }

    @Test
    void theAskingPeerNeverGetsItself() throws Exception {
        assertEquals(List.of(), announce(1000, 5, AnnounceEvent.STARTED, 50).peers());
        SwarmAnswer second = announce(1001, 5, AnnounceEvent.STARTED, 50);
        assertEquals(List.of(address(1000)), second.peers().stream().map(RegisteredPeer::address).toList());
        assertEquals(List.of(address(1001)), announce(1000, 5, AnnounceEvent.NONE, 50).peers().stream()
                .map(RegisteredPeer::address).toList());
    }

    @Test
    void aPeerWithTheSameIdOnAnotherPortIsNotReturnedEither() throws Exception {
        PeerId id = PeerId.generate();
        registry.announce(new AnnounceParameters(HASH, id, 2000, 1, AnnounceEvent.STARTED, 50, true, false), address(2000));
        SwarmAnswer answer = registry.announce(new AnnounceParameters(HASH, id, 2001, 1, AnnounceEvent.STARTED, 50, true,
                false), address(2001));
        assertEquals(List.of(), answer.peers());
    }

    @Test
    void repliesAreCappedAndNumwantIsHonoured() throws Exception {
        for (int port = 1; port <= 20; port++) {
            announce(port, 1, AnnounceEvent.STARTED, 0);
        }
        assertEquals(5, announce(100, 1, AnnounceEvent.STARTED, 50).peers().size(), "the cap is 5");
        assertEquals(2, announce(100, 1, AnnounceEvent.NONE, 2).peers().size());
        assertEquals(0, announce(100, 1, AnnounceEvent.NONE, 0).peers().size());
        Set<PeerAddress> distinct = new HashSet<>();
        announce(100, 1, AnnounceEvent.NONE, 5).peers().forEach(peer -> distinct.add(peer.address()));
        assertEquals(5, distinct.size(), "no peer twice in one reply");
    }

    @Test
    void seedersLeechersAndCompletedDownloads() throws Exception {
        announce(1, 0, AnnounceEvent.STARTED, 0);
        announce(2, 10, AnnounceEvent.STARTED, 0);
        SwarmAnswer answer = announce(3, 10, AnnounceEvent.STARTED, 0);
        assertEquals(1, answer.seeders());
        assertEquals(2, answer.leechers());
        announce(2, 0, AnnounceEvent.COMPLETED, 0);
        announce(2, 0, AnnounceEvent.COMPLETED, 0);
        assertEquals(Map.of(HASH, new SwarmStats(2, 1, 1)), registry.scrape(List.of(HASH)),
                "a repeated completed event counts once");
    }

    @Test
    void stoppedRemovesThePeer() throws Exception {
        announce(1, 0, AnnounceEvent.STARTED, 0);
        announce(2, 5, AnnounceEvent.STARTED, 0);
        SwarmAnswer stopped = announce(2, 5, AnnounceEvent.STOPPED, 50);
        assertEquals(List.of(), stopped.peers());
        assertEquals(Map.of(HASH, new SwarmStats(1, 0, 0)), registry.scrape(List.of(HASH)));
    }

    @Test
    void silentPeersExpireAfterTheirLifetime() throws Exception {
        announce(1, 0, AnnounceEvent.STARTED, 0);
        clock.advance(Duration.ofMinutes(6));
        announce(2, 5, AnnounceEvent.STARTED, 0);
        clock.advance(Duration.ofMinutes(5));
        SwarmAnswer answer = announce(3, 5, AnnounceEvent.STARTED, 50);
        assertEquals(List.of(address(2)), answer.peers().stream().map(RegisteredPeer::address).toList(),
                "peer 1 was silent for 11 minutes of a 10-minute lifetime");
        assertEquals(0, answer.seeders());
    }

    @Test
    void swarmsWithoutPeersAreForgottenAndTheTorrentCountIsBounded() throws Exception {
        announce(InfoHash.fromHex("01".repeat(20)), 1, 1, AnnounceEvent.STARTED, 0);
        announce(InfoHash.fromHex("02".repeat(20)), 1, 1, AnnounceEvent.STARTED, 0);
        announce(InfoHash.fromHex("03".repeat(20)), 1, 1, AnnounceEvent.STARTED, 0);
        InvalidRequestException full = assertThrows(InvalidRequestException.class,
                () -> announce(InfoHash.fromHex("04".repeat(20)), 1, 1, AnnounceEvent.STARTED, 0));
        assertTrue(full.getMessage().contains("at most 3 torrents"), full.getMessage());
        clock.advance(Duration.ofMinutes(11));
        announce(InfoHash.fromHex("04".repeat(20)), 1, 1, AnnounceEvent.STARTED, 0);
        assertEquals(1, registry.snapshot().size());
    }

    @Test
    void theNumberOfPeersPerTorrentIsBounded() throws Exception {
        SwarmRegistry small = new SwarmRegistry(clock, Duration.ofMinutes(10), 5, 3, 2, new Random(1));
        small.announce(new AnnounceParameters(HASH, PeerId.generate(), 1, 1, AnnounceEvent.STARTED, 0, true, false), address(1));
        small.announce(new AnnounceParameters(HASH, PeerId.generate(), 2, 1, AnnounceEvent.STARTED, 0, true, false), address(2));
        assertThrows(InvalidRequestException.class, () -> small.announce(
                new AnnounceParameters(HASH, PeerId.generate(), 3, 1, AnnounceEvent.STARTED, 0, true, false), address(3)));
    }
}
