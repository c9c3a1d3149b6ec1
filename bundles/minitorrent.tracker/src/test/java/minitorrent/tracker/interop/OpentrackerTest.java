package minitorrent.tracker.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import minitorrent.metainfo.InfoHash;
import minitorrent.protocol.PeerAddress;
import minitorrent.protocol.PeerId;
import minitorrent.testing.ExternalProcess;
import minitorrent.tracker.AnnounceEvent;
import minitorrent.tracker.AnnounceRequest;
import minitorrent.tracker.AnnounceResult;
import minitorrent.tracker.ScrapeResult;
import minitorrent.tracker.SwarmStats;
import minitorrent.tracker.TrackerClient;
import minitorrent.tracker.TrackerClientOptions;
import minitorrent.tracker.TrackerClients;
import minitorrent.tracker.TrackerException;

/**
 * Our HTTP and UDP tracker clients against opentracker (Debian package {@code opentracker}) on
 * 127.0.0.1. Debian builds it with a whitelist: it serves only the info hashes listed in the file
 * given with {@code -w}, which it reads after dropping privileges to nobody inside the directory
 * of {@code -d}. Skipped when opentracker is not installed.
 */
@Timeout(120)
class OpentrackerTest {

    private static final String OPENTRACKER = "/usr/bin/opentracker";
    private static final InfoHash LISTED = InfoHash.fromHex("0123456789abcdef0123456789abcdef01234567");
    private static final InfoHash UNLISTED = InfoHash.fromHex("fedcba9876543210fedcba9876543210fedcba98");
    private static final TrackerClientOptions OPTIONS = TrackerClientOptions.DEFAULT
            .withUdpRetransmission(Duration.ofSeconds(1), 2);

    @TempDir
    static Path directory;
    private static ExternalProcess opentracker;
    private static int port;

    @BeforeAll
    static void startOpentracker() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(OPENTRACKER)), "opentracker is not installed (apt-get install opentracker)");
        // opentracker runs as nobody inside this directory: it must be able to enter it and read the list.
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path whitelist = Files.writeString(directory.resolve("whitelist.txt"), LISTED.hex() + "\n");
        Files.setPosixFilePermissions(whitelist, PosixFilePermissions.fromString("rw-r--r--"));
        port = ExternalProcess.freePort();
        opentracker = ExternalProcess.start("opentracker", List.of(OPENTRACKER, "-i", "127.0.0.1", "-p", String.valueOf(port),
                "-P", String.valueOf(port), "-w", "whitelist.txt", "-d", directory.toString()), directory);
        opentracker.awaitListening(port, Duration.ofSeconds(10));
    }

    @AfterAll
    static void stopOpentracker() throws Exception {
        if (opentracker != null) {
            opentracker.close();
        }
    }

    private static AnnounceRequest request(InfoHash infoHash, int peerPort, long left, AnnounceEvent event) {
        return new AnnounceRequest(infoHash, PeerId.generate(), peerPort, 0, 0, left, event, 50, peerPort);
    }

    private static PeerAddress local(int peerPort) {
        return new PeerAddress(InetAddress.getLoopbackAddress(), peerPort);
    }

    /** Two peers meet; the scrape counts them; opentracker lists the asking peer too. */
    private void twoPeersMeet(URI tracker, int seederPort, int leecherPort) throws Exception {
        try (TrackerClient seeder = TrackerClients.open(tracker, OPTIONS);
                TrackerClient leecher = TrackerClients.open(tracker, OPTIONS)) {
            assertInstanceOf(AnnounceResult.Success.class, seeder.announce(request(LISTED, seederPort, 0,
                    AnnounceEvent.STARTED)), opentracker.report());
            AnnounceResult.Success result = assertInstanceOf(AnnounceResult.Success.class,
                    leecher.announce(request(LISTED, leecherPort, 100, AnnounceEvent.STARTED)));
            assertTrue(result.peers().contains(local(seederPort)), result.peers().toString());
            assertTrue(result.interval().toSeconds() > 0);
            assertTrue(result.seeders().orElseThrow() >= 1);
            ScrapeResult.Success scrape = assertInstanceOf(ScrapeResult.Success.class, leecher.scrape(List.of(LISTED)));
            SwarmStats stats = scrape.stats().get(LISTED);
            assertTrue(stats.seeders() >= 1 && stats.leechers() >= 1, stats.toString());
            seeder.announce(request(LISTED, seederPort, 0, AnnounceEvent.STOPPED));
            leecher.announce(request(LISTED, leecherPort, 100, AnnounceEvent.STOPPED));
        }
    }

    @Test
    void httpClient() throws Exception {
        twoPeersMeet(URI.create("http://127.0.0.1:" + port + "/announce"), 21001, 21002);
    }

    @Test
    void udpClient() throws Exception {
        twoPeersMeet(URI.create("udp://127.0.0.1:" + port + "/announce"), 22001, 22002);
    }

    @Test
    void overHttpAnUnlistedTorrentIsRefusedWithOpentrackersReason() throws Exception {
        try (TrackerClient client = TrackerClients.open(URI.create("http://127.0.0.1:" + port + "/announce"), OPTIONS)) {
            AnnounceResult.Failure failure = assertInstanceOf(AnnounceResult.Failure.class,
                    client.announce(request(UNLISTED, 23001, 1, AnnounceEvent.STARTED)));
            assertTrue(failure.reason().contains("not authorized"), failure.reason());
        }
    }

    /** opentracker answers an unlisted torrent over UDP with silence, so our client must give up on its own. */
    @Test
    void overUdpAnUnlistedTorrentGetsNoAnswerAndTheClientGivesUp() throws Exception {
        try (TrackerClient client = TrackerClients.open(URI.create("udp://127.0.0.1:" + port + "/announce"),
                OPTIONS.withUdpRetransmission(Duration.ofMillis(200), 1))) {
            TrackerException e = assertThrows(TrackerException.class,
                    () -> client.announce(request(UNLISTED, 23002, 1, AnnounceEvent.STARTED)));
            assertTrue(e.getMessage().contains("no reply"), e.getMessage());
        }
    }

    @Test
    void httpScrapeOfTwoTorrents() throws Exception {
        try (TrackerClient client = TrackerClients.open(URI.create("http://127.0.0.1:" + port + "/announce"), OPTIONS)) {
            client.announce(request(LISTED, 24001, 0, AnnounceEvent.STARTED));
            ScrapeResult.Success scrape = assertInstanceOf(ScrapeResult.Success.class,
                    client.scrape(List.of(LISTED, UNLISTED)));
            assertTrue(scrape.stats().get(LISTED).seeders() >= 1, scrape.toString());
            assertEquals(0, scrape.stats().getOrDefault(UNLISTED, new SwarmStats(0, 0, 0)).seeders(),
                    "opentracker keeps no swarm of an unlisted torrent");
            client.announce(request(LISTED, 24001, 0, AnnounceEvent.STOPPED));
        }
    }
}
