package minitorrent.engine;

import static minitorrent.engine.LoopbackSessions.at;
import static minitorrent.engine.LoopbackSessions.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
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

/** What a user of a session sees: trackers, limits, the queue, priorities, pausing, removing. */
class SessionBehaviourTest {

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
    void aLeecherFindsTheSeederThroughTheTorrentsTracker() throws Exception {
        TrackerServer tracker = TrackerServer.start(TrackerServerConfig.defaults().withPorts(0, 0), TrackerServerListener.NONE);
        sessions.closeLater(tracker);
        Path seedFolder = Files.createDirectories(temp.resolve("seed"));
        Path content = TestData.folder(seedFolder, "tracked", 2, 200_000, 90_000);
        Torrent torrent = TestData.torrentOf(content, 16 * 1024, List.of(List.of(tracker.announceUri().toString())));
        TorrentHandle seeding = seed(sessions.start("seeder"), torrent, seedFolder);
        Await.until(Duration.ofSeconds(10), seeding::trackers, list -> list.size() == 1 && list.get(0).lastAnnounce().isPresent(),
                "the seeder's announce");

        Path leechFolder = Files.createDirectories(temp.resolve("leech"));
        TorrentHandle leeching = sessions.start("leecher").add(torrent, leechFolder);
        Await.finished(leeching, Duration.ofSeconds(30));

        TestData.assertSameTree(content, leechFolder.resolve("tracked"));
        TrackerSnapshot status = leeching.trackers().get(0);
        assertEquals(tracker.announceUri(), status.uri());
        assertEquals("working", status.status());
    }

    @Test
    void aDownloadLimitHoldsTheRateAndCanBeLiftedWhileRunning() throws Exception {
        Path seedFolder = Files.createDirectories(temp.resolve("seed"));
        Path content = TestData.folder(seedFolder, "limited", 3, 3 << 20);
        Torrent torrent = TestData.torrentOf(content, 64 * 1024, List.of());
        Session seeder = sessions.start("seeder");
        seed(seeder, torrent, seedFolder);
        Session leecher = sessions.start(sessions.config("leecher").withRateLimits(new RateLimits(512 * 1024, 0)));
        TorrentHandle leeching = leecher.add(torrent, Files.createDirectories(temp.resolve("leech")));
        long start = System.nanoTime();
        leeching.addPeers(at(seeder));

        Thread.sleep(3000);
        long received = leeching.snapshot().downloaded();
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(received <= 512 * 1024 * seconds + (256 << 10), "at most 512 KiB/s and a short burst: " + received
                + " bytes in " + seconds + " s");
        assertTrue(received > 0, "something arrived");
        assertFalse(leeching.snapshot().isFinished());

        leecher.setRateLimits(RateLimits.UNLIMITED);
        Await.finished(leeching, Duration.ofSeconds(20));
    }

    @Test
    void theQueueRunsOneDownloadAtATimeWhenToldSo() throws Exception {
        Path seedFolder = Files.createDirectories(temp.resolve("seed"));
        Torrent first = TestData.torrentOf(TestData.folder(seedFolder, "first", 4, 400_000), 16 * 1024, List.of());
        Torrent second = TestData.torrentOf(TestData.folder(seedFolder, "second", 5, 300_000), 16 * 1024, List.of());
        Session seeder = sessions.start("seeder");
        seed(seeder, first, seedFolder);
        seed(seeder, second, seedFolder);
        Session leecher = sessions.start(sessions.config("leecher").withQueueLimits(1, 5)
                .withRateLimits(new RateLimits(400 * 1024, 0)));
        Path leechFolder = Files.createDirectories(temp.resolve("leech"));
        TorrentHandle one = leecher.add(first, leechFolder);
        TorrentHandle two = leecher.add(second, leechFolder);
        one.addPeers(at(seeder));
        two.addPeers(at(seeder));

        Await.until(Duration.ofSeconds(10), two::snapshot, s -> s.state() == TorrentState.QUEUED, "the second torrent queued");
        assertEquals(TorrentState.DOWNLOADING, one.snapshot().state());
        Await.finished(one, Duration.ofSeconds(20));
        Await.finished(two, Duration.ofSeconds(20));
        TestData.assertSameTree(seedFolder.resolve("second"), leechFolder.resolve("second"));
    }

    @Test
    void aSkippedFileIsNotFetchedAndTheRestCompletes() throws Exception {
        Path seedFolder = Files.createDirectories(temp.resolve("seed"));
        Path content = TestData.folder(seedFolder, "choice", 6, 256 * 1024, 512 * 1024, 128 * 1024);
        Torrent torrent = TestData.torrentOf(content, 64 * 1024, List.of());
        Session seeder = sessions.start("seeder");
        seed(seeder, torrent, seedFolder);
        Session leecher = sessions.start("leecher");
        TorrentHandle leeching = leecher.add(torrent, Files.createDirectories(temp.resolve("leech")), true);
        int skipped = fileIndex(torrent, "file1.bin");
        leeching.setFilePriority(skipped, FilePriority.SKIP);
        leeching.resume();
        leeching.addPeers(at(seeder));

        TorrentSnapshot done = Await.finished(leeching, Duration.ofSeconds(20));

        assertEquals(torrent.totalLength() - 512 * 1024, done.wantedLength(), "pieces aligned with the files: exactly one file left out");
        List<FileSnapshot> files = leeching.files();
        assertEquals(0, files.get(skipped).completed(), files.toString());
        assertEquals(FilePriority.SKIP, files.get(skipped).priority());
        for (int i = 0; i < files.size(); i++) {
            if (i != skipped) {
                assertEquals(1.0, files.get(i).progress(), files.get(i).toString());
            }
        }
        assertThrows(IllegalArgumentException.class, () -> leeching.setFilePriority(files.size(), FilePriority.HIGH));
    }

    @Test
    void pausingStopsTheTransferAndRemovingWithDataDeletesOnlyTheTorrentsFiles() throws Exception {
        Path seedFolder = Files.createDirectories(temp.resolve("seed"));
        Torrent torrent = TestData.torrentOf(TestData.folder(seedFolder, "paused", 7, 2 << 20), 32 * 1024, List.of());
        Session seeder = sessions.start("seeder");
        seed(seeder, torrent, seedFolder);
        Session leecher = sessions.start(sessions.config("leecher").withRateLimits(new RateLimits(256 * 1024, 0)));
        Path leechFolder = Files.createDirectories(temp.resolve("leech"));
        Files.writeString(leechFolder.resolve("paused-notes.txt"), "the user's own file");
        List<TorrentEvent> events = new CopyOnWriteArrayList<>();
        leecher.addListener(events::add);
        TorrentHandle leeching = leecher.add(torrent, leechFolder);
        leeching.addPeers(at(seeder));
        Await.until(Duration.ofSeconds(10), leeching::snapshot, s -> s.downloaded() > 0, "the first blocks");

        leeching.pause();
        assertEquals(TorrentState.PAUSED, leeching.snapshot().state());
        assertEquals(0, leeching.snapshot().peers());
        long frozen = leeching.snapshot().downloaded();
        Thread.sleep(1500);
        assertEquals(frozen, leeching.snapshot().downloaded(), "nothing arrives while paused");

        leeching.resume();
        Await.until(Duration.ofSeconds(10), leeching::snapshot, s -> s.downloaded() > frozen, "more blocks after resuming");

        long movedBeforeRemoval = leeching.snapshot().downloaded();
        leecher.remove(leeching, true);
        assertFalse(Files.exists(leechFolder.resolve("paused")), "the torrent's folder is gone");
        assertTrue(Files.exists(leechFolder.resolve("paused-notes.txt")), "the user's file stays");
        assertTrue(leecher.torrents().isEmpty());
        SessionSnapshot afterRemoval = leecher.snapshot();
        assertEquals(List.of(), afterRemoval.torrents());
        assertEquals(1, afterRemoval.removed().count());
        assertTrue(afterRemoval.removed().downloaded() >= movedBeforeRemoval
                && afterRemoval.removed().downloaded() <= torrent.totalLength(),
                "the session still counts the removed torrent's " + movedBeforeRemoval + "+ bytes: " + afterRemoval.removed());
        assertEquals(RemovedTorrents.NONE, seeder.snapshot().removed(), "the seeder removed nothing");
        Await.until(Duration.ofSeconds(5), () -> events.stream().map(TorrentEvent::kind).toList(),
                kinds -> kinds.contains(TorrentEvent.Kind.REMOVED) && kinds.contains(TorrentEvent.Kind.ADDED), "the events");
    }

    @Test
    void addingTheSameTorrentTwiceOrIntoAMissingFolderIsRefusedWithAReason() throws Exception {
        Path seedFolder = Files.createDirectories(temp.resolve("seed"));
        Torrent torrent = TestData.torrentOf(TestData.folder(seedFolder, "twice", 8, 1000), 16 * 1024, List.of());
        Session session = sessions.start("one");
        session.add(torrent, seedFolder);
        EngineException twice = assertThrows(EngineException.class, () -> session.add(torrent, seedFolder));
        assertTrue(twice.getMessage().contains("already in the session"), twice.getMessage());
        EngineException missing = assertThrows(EngineException.class, () -> session.add(torrent, temp.resolve("nowhere")));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
    }

    @Test
    void aTakenPortMovesTheSessionToTheNextFreeOne() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Session session = sessions.start(sessions.config("moved").withListenPort(taken.getLocalPort()));
            assertTrue(session.listenPort() > taken.getLocalPort() && session.listenPort() <= taken.getLocalPort() + 50,
                    "port " + session.listenPort() + " after " + taken.getLocalPort());
        }
    }

    private static int fileIndex(Torrent torrent, String name) {
        for (int i = 0; i < torrent.files().size(); i++) {
            if (torrent.files().get(i).pathString().endsWith(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " is not in " + torrent.files());
    }
}
