package minitorrent.tracker.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import minitorrent.testing.ExternalProcess;
import minitorrent.testing.PythonScripts;
import minitorrent.tracker.AnnounceEvent;
import minitorrent.tracker.TrackerServer;
import minitorrent.tracker.TrackerServerConfig;
import minitorrent.tracker.TrackerServerEvent;

/**
 * Our tracker serving real BitTorrent clients on 127.0.0.1: aria2 (HTTP trackers only) and
 * libtorrent through its Python bindings (Debian packages {@code aria2}, {@code python3-libtorrent}).
 * One seeds a small v1 torrent, the other downloads it; with DHT, local discovery and PEX off
 * they can only find each other through our tracker. Skipped when a client is not installed.
 */
@Timeout(180)
class RealClientsTest {

    private static final String PYTHON = "/usr/bin/python3";
    private static final String ARIA2 = "/usr/bin/aria2c";
    private static final Duration TRANSFER_TIMEOUT = Duration.ofSeconds(90);

    @TempDir
    Path directory;
    private final List<TrackerServerEvent> events = new CopyOnWriteArrayList<>();
    private final List<ExternalProcess> programs = new ArrayList<>();
    private TrackerServer tracker;
    private Path script;
    private Path seedDirectory;
    private Path downloadDirectory;
    private byte[] payload;

    @BeforeAll
    static void libtorrentIsThere() throws Exception {
        assumeTrue(ExternalProcess.runs(List.of(PYTHON, "-c", "import libtorrent")),
                "python3-libtorrent is not installed (apt-get install python3-libtorrent)");
    }

    @BeforeEach
    void startTracker() throws Exception {
        // A short interval so that the clients come back soon; many requests, all from 127.0.0.1.
        tracker = TrackerServer.start(TrackerServerConfig.defaults().withPort(0)
                .withIntervals(Duration.ofSeconds(5), Duration.ofSeconds(1)).withRequestsPerMinutePerIp(10_000),
                events::add);
        script = PythonScripts.extract(getClass(), "lt_peer.py", directory);
        seedDirectory = Files.createDirectories(directory.resolve("seed"));
        downloadDirectory = Files.createDirectories(directory.resolve("download"));
        payload = new byte[3 * 1024 * 1024 + 12345];
        new Random(20240101).nextBytes(payload);
        Files.write(seedDirectory.resolve("payload.bin"), payload);
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (ExternalProcess program : programs) {
            program.close();
        }
        tracker.close();
    }

    @Test
    void libtorrentSeedsAndAria2DownloadsThroughOurHttpTracker() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(ARIA2)), "aria2 is not installed (apt-get install aria2)");
        Path torrent = makeTorrent(tracker.announceUri());
        int seederPort = ExternalProcess.freePort();
        ExternalProcess seeder = libtorrent("seed", torrent, seedDirectory, seederPort);
        awaitAnnounce(seederPort, seeder);
        int leecherPort = ExternalProcess.freePort();
        ExternalProcess leecher = start("aria2-download", aria2(torrent, downloadDirectory, leecherPort, false));
        assertTrue(leecher.waitFor(TRANSFER_TIMEOUT), "aria2 did not finish in time:\n" + leecher.report()
                + "\nseeder:\n" + seeder.report());
        assertEquals(0, leecher.exitValue(), leecher.report());
        assertDownloaded();
        assertAnnounced(leecherPort, AnnounceEvent.STARTED);
        // aria2 with --seed-time=0 leaves without a completed event, but it does say stopped.
        assertAnnounced(leecherPort, AnnounceEvent.STOPPED);
    }

    @Test
    void aria2SeedsAndLibtorrentDownloadsThroughOurHttpTracker() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(ARIA2)), "aria2 is not installed (apt-get install aria2)");
        Path torrent = makeTorrent(tracker.announceUri());
        int seederPort = ExternalProcess.freePort();
        ExternalProcess seeder = start("aria2-seed", aria2(torrent, seedDirectory, seederPort, true));
        awaitAnnounce(seederPort, seeder);
        int leecherPort = ExternalProcess.freePort();
        ExternalProcess leecher = libtorrent("download", torrent, downloadDirectory, leecherPort);
        assertTrue(leecher.waitFor(TRANSFER_TIMEOUT), "libtorrent did not finish in time:\n" + leecher.report()
                + "\nseeder:\n" + seeder.report());
        assertEquals(0, leecher.exitValue(), leecher.report());
        assertDownloaded();
    }

    @Test
    void libtorrentPeersFindEachOtherThroughOurUdpTracker() throws Exception {
        Path torrent = makeTorrent(tracker.udpAnnounceUri().orElseThrow());
        int seederPort = ExternalProcess.freePort();
        ExternalProcess seeder = libtorrent("seed", torrent, seedDirectory, seederPort);
        awaitAnnounce(seederPort, seeder);
        int leecherPort = ExternalProcess.freePort();
        ExternalProcess leecher = libtorrent("download", torrent, downloadDirectory, leecherPort);
        assertTrue(leecher.waitFor(TRANSFER_TIMEOUT), "libtorrent did not finish in time:\n" + leecher.report()
                + "\nseeder:\n" + seeder.report());
        assertEquals(0, leecher.exitValue(), leecher.report());
        assertDownloaded();
        assertTrue(events.stream().anyMatch(event -> event instanceof TrackerServerEvent.Announced a
                && a.transport() == TrackerServerEvent.Transport.UDP && a.peer().port() == leecherPort), events.toString());
    }

    private Path makeTorrent(URI announce) throws Exception {
        Path torrent = directory.resolve("payload.torrent");
        ExternalProcess maker = start("make-torrent", List.of(PYTHON, script.toString(), "make",
                seedDirectory.resolve("payload.bin").toString(), announce.toString(), torrent.toString()));
        assertTrue(maker.waitFor(Duration.ofSeconds(30)), maker.report());
        assertEquals(0, maker.exitValue(), maker.report());
        return torrent;
    }

    private ExternalProcess libtorrent(String mode, Path torrent, Path saveDirectory, int port) throws IOException {
        return start("libtorrent-" + mode, List.of(PYTHON, script.toString(), mode, torrent.toString(),
                saveDirectory.toString(), String.valueOf(port), String.valueOf(TRANSFER_TIMEOUT.toSeconds() + 30)));
    }

    /** aria2 kept local (NOTES: DHT, LPD, PEX and IPv6 off, bound to 127.0.0.1), its life bounded by --stop. */
    private static List<String> aria2(Path torrent, Path saveDirectory, int port, boolean seed) {
        List<String> command = new ArrayList<>(List.of(ARIA2, "--enable-dht=false", "--enable-dht6=false",
                "--bt-enable-lpd=false", "--enable-peer-exchange=false", "--disable-ipv6=true",
                "--interface=127.0.0.1", "--listen-port=" + port, "--bt-request-peer-speed-limit=0",
                "--dir=" + saveDirectory, "--stop=" + (TRANSFER_TIMEOUT.toSeconds() + 30), "--summary-interval=0",
                "--console-log-level=notice", "--file-allocation=none"));
        if (seed) {
            command.addAll(List.of("-V", "--seed-ratio=0.0"));
        } else {
            command.add("--seed-time=0");
        }
        command.add(torrent.toString());
        return command;
    }

    private ExternalProcess start(String name, List<String> command) throws IOException {
        ExternalProcess program = ExternalProcess.start(name, command, directory);
        programs.add(program);
        return program;
    }

    /** Waits, at most 30 s, until our tracker heard from the peer on this port. */
    private void awaitAnnounce(int port, ExternalProcess peer) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (events.stream().noneMatch(event -> event instanceof TrackerServerEvent.Announced a
                && a.peer().port() == port)) {
            assertTrue(System.nanoTime() < deadline && peer.isAlive(),
                    "no announce from port " + port + ":\n" + peer.report() + "\ntracker: " + events);
            Thread.sleep(100);
        }
    }

    private void assertAnnounced(int port, AnnounceEvent event) {
        assertTrue(events.stream().anyMatch(e -> e instanceof TrackerServerEvent.Announced a
                && a.peer().port() == port && a.event() == event), "no " + event + " from " + port + ": " + events);
    }

    private void assertDownloaded() throws IOException {
        assertArrayEquals(payload, Files.readAllBytes(downloadDirectory.resolve("payload.bin")),
                "the downloaded file differs from the seeded one");
    }
}
