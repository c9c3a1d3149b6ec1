package minitorrent.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import minitorrent.metainfo.InfoHash;
import minitorrent.protocol.PeerAddress;
import minitorrent.protocol.PeerId;

/** Our HTTP and UDP tracker clients against our tracker server, on 127.0.0.1. */
@Timeout(60)
class ClientServerTest {

    private static final InfoHash HASH = InfoHash.fromHex("5a".repeat(20));
    private static final InfoHash UNKNOWN = InfoHash.fromHex("00".repeat(20));
    private static final TrackerClientOptions OPTIONS = TrackerClientOptions.DEFAULT
            .withUdpRetransmission(Duration.ofMillis(500), 2);

    private TrackerServer server;

    @BeforeEach
    void start() throws Exception {
        server = TrackerServer.start(TrackerServerConfig.defaults().withPort(0)
                .withIntervals(Duration.ofSeconds(300), Duration.ofSeconds(30)), TrackerServerListener.NONE);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static AnnounceRequest request(int port, long left, AnnounceEvent event) {
        return new AnnounceRequest(HASH, PeerId.generate(), port, 0, 0, left, event, 50, port);
    }

    private static PeerAddress local(int port) {
        return new PeerAddress(InetAddress.getLoopbackAddress(), port);
    }

    private void swarmLifecycle(URI tracker) throws Exception {
        try (TrackerClient seeder = TrackerClients.open(tracker, OPTIONS);
                TrackerClient leecher = TrackerClients.open(tracker, OPTIONS)) {
            AnnounceResult.Success first = assertInstanceOf(AnnounceResult.Success.class,
                    seeder.announce(request(6001, 0, AnnounceEvent.STARTED)));
            assertEquals(List.of(), first.peers(), "the seeder is not told about itself");
            assertEquals(Duration.ofSeconds(300), first.interval());

            AnnounceRequest leeching = request(6002, 1000, AnnounceEvent.STARTED);
            AnnounceResult.Success second = assertInstanceOf(AnnounceResult.Success.class, leecher.announce(leeching));
            assertEquals(List.of(local(6001)), second.peers());
            assertEquals(1, second.seeders().orElseThrow());
            assertEquals(1, second.leechers().orElseThrow());

            leecher.announce(leeching.withTotals(0, 1000, 0).withEvent(AnnounceEvent.COMPLETED));
            assertEquals(new ScrapeResult.Success(Map.of(HASH, new SwarmStats(2, 1, 0))),
                    leecher.scrape(List.of(HASH)));

            seeder.announce(request(6001, 0, AnnounceEvent.STOPPED));
            ScrapeResult afterStop = leecher.scrape(List.of(HASH, UNKNOWN));
            SwarmStats stats = ((ScrapeResult.Success) afterStop).stats().get(HASH);
            assertEquals(new SwarmStats(1, 1, 0), stats);
        }
    }

    @Test
    void httpClientsFormASwarm() throws Exception {
        swarmLifecycle(server.announceUri());
    }

    @Test
    void udpClientsFormASwarm() throws Exception {
        swarmLifecycle(server.udpAnnounceUri().orElseThrow());
    }

    @Test
    void httpAndUdpPeersSeeEachOther() throws Exception {
        try (TrackerClient http = TrackerClients.open(server.announceUri(), OPTIONS);
                TrackerClient udp = TrackerClients.open(server.udpAnnounceUri().orElseThrow(), OPTIONS)) {
            http.announce(request(7001, 5, AnnounceEvent.STARTED));
            AnnounceResult.Success result = assertInstanceOf(AnnounceResult.Success.class,
                    udp.announce(request(7002, 5, AnnounceEvent.STARTED)));
            assertEquals(List.of(local(7001)), result.peers());
        }
    }

    @Test
    void theUdpScrapeOfAnUnknownTorrentIsZeros() throws Exception {
        try (TrackerClient udp = TrackerClients.open(server.udpAnnounceUri().orElseThrow(), OPTIONS)) {
            assertEquals(new ScrapeResult.Success(Map.of(UNKNOWN, new SwarmStats(0, 0, 0))), udp.scrape(List.of(UNKNOWN)));
        }
    }

    @Test
    void theMultitrackerFallsBackFromADeadTrackerToOurs() throws Exception {
        URI dead = URI.create("http://127.0.0.1:1/announce");
        TrackerTiers tiers = new TrackerTiers(List.of(List.of(dead), List.of(server.udpAnnounceUri().orElseThrow())),
                new java.util.Random(0));
        try (MultitrackerAnnouncer announcer = new MultitrackerAnnouncer(tiers, uri -> TrackerClients.open(uri, OPTIONS),
                java.time.Clock.systemUTC(), Backoff.DEFAULT)) {
            AnnounceOutcome.Answered answered = assertInstanceOf(AnnounceOutcome.Answered.class,
                    announcer.announce(request(8001, 1, AnnounceEvent.STARTED)));
            assertEquals(server.udpAnnounceUri().orElseThrow(), answered.tracker());
            assertEquals(dead, answered.failures().get(0).tracker());
        }
    }

    @Test
    void anUnknownSchemeIsRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(TrackerException.class,
                () -> TrackerClients.open(URI.create("wss://tracker.invalid/announce"), OPTIONS));
    }
}
