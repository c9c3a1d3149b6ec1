package minitorrent.engine;

import static minitorrent.engine.LoopbackSessions.at;
import static minitorrent.engine.LoopbackSessions.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import minitorrent.metainfo.Torrent;
import minitorrent.tracker.TrackerServer;
import minitorrent.tracker.TrackerServerConfig;
import minitorrent.tracker.TrackerServerListener;

/** Settings a user changes while the session runs: the queue, connection limits, a torrent's limits, the ratio goal, the port. */
class LiveSettingsTest {

    @TempDir
    Path temp;

    private LoopbackSessions sessions;

    @BeforeEach
    void openSessions() {
        sessions = new LoopbackSessions(temp);
    }

    @AfterEach
    void closeSessions() throws Exception {
        sessions.close();
    }

    @Test
    void raisingTheQueueLimitStartsAQueuedDownloadAndLoweringItQueuesItAgain() throws Exception {
        Path seedFolder = Files.createDirectories(temp.resolve("seed"));
        Torrent first = TestData.torrentOf(TestData.folder(seedFolder, "first", 1, 100_000), 16 * 1024, List.of());
        Torrent second = TestData.torrentOf(TestData.folder(seedFolder, "second", 2, 100_000), 16 * 1024, List.of());
        Session session = sessions.start(sessions.config("queue").withQueueLimits(1, 5));
        Path folder = Files.createDirectories(temp.resolve("downloads"));
        TorrentHandle one = session.add(first, folder);
        TorrentHandle two = session.add(second, folder);
        Await.until(Duration.ofSeconds(10), two::snapshot, s -> s.state() == TorrentState.QUEUED, "the second torrent queued");
        assertEquals(TorrentState.DOWNLOADING, one.snapshot().state());

        session.setQueueLimits(2, 5);
        Await.until(Duration.ofSeconds(5), two::snapshot, s -> s.state() == TorrentState.DOWNLOADING, "the second torrent started");
        assertEquals(2, session.config().maxActiveDownloads());

        session.setQueueLimits(1, 5);
        Await.until(Duration.ofSeconds(5), two::snapshot, s -> s.state() == TorrentState.QUEUED, "the second torrent queued again");
        assertEquals(TorrentState.DOWNLOADING, one.snapshot().state(), "the first added keeps its slot");
        assertThrows(IllegalArgumentException.class, () -> session.setQueueLimits(0, 5));
    }

    @Test
    void raisingTheConnectionLimitOfATorrentLetsItConnectToMorePeers() throws Exception {
        Path seedFolder = Files.createDirectories(temp.resolve("seed"));
        Torrent torrent = TestData.torrentOf(TestData.folder(seedFolder, "wide", 3, 4 << 20), 32 * 1024, List.of());
        Session seederOne = sessions.start(sessions.config("seeder1"));
        Session seederTwo = sessions.start(sessions.config("seeder2"));
        seed(seederOne, torrent, seedFolder);
        seed(seederTwo, torrent, seedFolder);
        Session leecher = sessions.start(sessions.config("leecher").withConnectionLimits(200, 1)
                .withRateLimits(new RateLimits(64 * 1024, 0)));
        TorrentHandle leeching = leecher.add(torrent, Files.createDirectories(temp.resolve("leech")));
        leeching.addPeers(List.of(at(seederOne).get(0), at(seederTwo).get(0)));
        Await.until(Duration.ofSeconds(10), leeching::snapshot, s -> s.peers() == 1, "one peer connected");
        Thread.sleep(1500);
        assertEquals(1, leeching.snapshot().peers(), "no second connection above the limit");

        leecher.setConnectionLimits(200, 2);
        Await.until(Duration.ofSeconds(10), leeching::snapshot, s -> s.peers() == 2, "the second peer connected");
        assertEquals(2, leecher.config().maxConnectionsPerTorrent());
        assertThrows(IllegalArgumentException.class, () -> leecher.setConnectionLimits(0, 2));
    }

    @Test
    void aTorrentStartsWithTheSessionsPerTorrentLimitsOfTheMomentItIsAdded() throws Exception {
        Path seedFolder = Files.createDirectories(temp.resolve("seed"));
        Torrent first = TestData.torrentOf(TestData.folder(seedFolder, "first", 4, 10_000), 16 * 1024, List.of());
        Torrent second = TestData.torrentOf(TestData.folder(seedFolder, "second", 5, 10_000), 16 * 1024, List.of());
        Session session = sessions.start(sessions.config("limits").withTorrentRateLimits(new RateLimits(100 * 1024, 50 * 1024)));
        TorrentHandle one = session.add(first, seedFolder);
        assertEquals(new RateLimits(100 * 1024, 50 * 1024), one.rateLimits());

        session.setTorrentRateLimits(new RateLimits(0, 20 * 1024));
        TorrentHandle two = session.add(second, seedFolder);
        assertEquals(new RateLimits(0, 20 * 1024), two.rateLimits());
        assertEquals(new RateLimits(100 * 1024, 50 * 1024), one.rateLimits(), "a torrent added before keeps its limits");
    }

    @Test
    void aSeedThatReachesTheRatioGoalIsPausedAndSeedsOnWhenTheUserResumesIt() throws Exception {
        Path seedFolder = Files.createDirectories(temp.resolve("seed"));
        Torrent torrent = TestData.torrentOf(TestData.folder(seedFolder, "shared", 6, 2 << 20), 32 * 1024, List.of());
        Session seeder = sessions.start(sessions.config("seeder").withRateLimits(new RateLimits(0, 512 * 1024)));
        List<TorrentEvent> events = new CopyOnWriteArrayList<>();
        seeder.addListener(events::add);
        TorrentHandle seeding = seed(seeder, torrent, seedFolder);
        seeder.setSeedRatioGoal(0.5);
        assertEquals(0.5, seeder.config().seedRatioGoal());
        Session leecher = sessions.start(sessions.config("leecher"));
        TorrentHandle leeching = leecher.add(torrent, Files.createDirectories(temp.resolve("leech")));
        leeching.addPeers(at(seeder));

        TorrentSnapshot stopped = Await.until(Duration.ofSeconds(20), seeding::snapshot, s -> s.state() == TorrentState.PAUSED,
                "the seed paused at its goal");
        assertTrue(stopped.ratio() >= 0.5, "ratio " + stopped.ratio());
        assertTrue(stopped.uploaded() >= torrent.totalLength() / 2, stopped.uploaded() + " bytes sent");
        Await.until(Duration.ofSeconds(5), () -> events.stream().map(TorrentEvent::kind).toList(),
                kinds -> kinds.contains(TorrentEvent.Kind.SEED_RATIO_REACHED), "the goal's event");
        assertFalse(leeching.snapshot().isFinished(), "the leecher got only what the goal allowed");

        seeding.resume();
        Await.finished(leeching, Duration.ofSeconds(20));
        assertEquals(TorrentState.SEEDING, seeding.snapshot().state(), "resumed by the user, it seeds past the goal");
        assertThrows(IllegalArgumentException.class, () -> seeder.setSeedRatioGoal(-1));
    }

    @Test
    void aNewListenPortTakesPeersAtOnceAndIsAnnouncedToTheTrackers() throws Exception {
        TrackerServer tracker = TrackerServer.start(TrackerServerConfig.defaults().withPorts(0, 0), TrackerServerListener.NONE);
        sessions.closeLater(tracker);
        Path seedFolder = Files.createDirectories(temp.resolve("seed"));
        Torrent torrent = TestData.torrentOf(TestData.folder(seedFolder, "moved", 7, 300_000), 16 * 1024,
                List.of(List.of(tracker.announceUri().toString())));
        Session seeder = sessions.start(sessions.config("seeder"));
        TorrentHandle seeding = seed(seeder, torrent, seedFolder);
        Await.until(Duration.ofSeconds(10), seeding::trackers, list -> list.size() == 1 && list.get(0).lastAnnounce().isPresent(),
                "the first announce");
        int oldPort = seeder.listenPort();
        int newPort = freePort();

        assertEquals(newPort, seeder.setListenPort(newPort));
        assertEquals(newPort, seeder.listenPort());
        assertEquals(newPort, seeder.config().listenPort());
        assertNotEquals(oldPort, newPort);
        Await.until(Duration.ofSeconds(5), () -> accepts(oldPort), accepts -> !accepts, "the old port closed");

        TorrentHandle leeching = sessions.start(sessions.config("leecher")).add(torrent, Files.createDirectories(temp.resolve("leech")));
        Await.finished(leeching, Duration.ofSeconds(30)); // the only way to the seeder: the tracker's new address
        TestData.assertSameTree(seedFolder.resolve("moved"), temp.resolve("leech/moved"));
    }

    @Test
    void anInvalidPortIsRefusedWithItsReasonAndTheSessionListensOn() throws Exception {
        Session session = sessions.start(sessions.config("stays"));
        int before = session.listenPort();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> session.setListenPort(70_000));
        assertTrue(refused.getMessage().contains("70000"), refused.getMessage());
        assertEquals(before, session.listenPort());
        new Socket(InetAddress.getLoopbackAddress(), before).close();
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }
}
