package minitorrent.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import minitorrent.engine.internal.TorrentFileBytes;
import minitorrent.metainfo.CreateOptions;
import minitorrent.metainfo.CreateProgress;
import minitorrent.metainfo.Torrent;
import minitorrent.metainfo.TorrentCreator;
import minitorrent.metainfo.TorrentParser;

/** A session that remembers its torrents brings every one back after a restart, as it was. */
class RememberedTorrentsTest {

    @TempDir
    Path temp;

    private SessionConfig config() {
        return SessionConfig.defaults(temp.resolve("state")).withListenPort(0).withBindAddress(InetAddress.getLoopbackAddress())
                .withRememberedTorrents(true);
    }

    @Test
    void aRestartBringsBackEveryTorrentSeedingOrPausedAsBefore() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        Torrent complete = TestData.torrentOf(TestData.folder(data, "complete", 1, 100_000, 3_000), 16 * 1024, List.of());
        Torrent paused = TestData.torrentOf(TestData.folder(data, "paused", 2, 50_000), 16 * 1024, List.of());
        try (Session first = Session.start(config())) {
            TorrentHandle seeding = first.add(complete, data);
            first.add(paused, data, true);
            Await.until(Duration.ofSeconds(10), seeding::snapshot, s -> s.state() == TorrentState.SEEDING, "seeding");
        }

        try (Session second = Session.start(config())) {
            Map<String, TorrentHandle> byName = Await.until(Duration.ofSeconds(10),
                    () -> second.torrents().stream().collect(Collectors.toMap(h -> h.torrent().name(), h -> h)),
                    map -> map.size() == 2, "both torrents back");
            TorrentHandle seeding = byName.get("complete");
            Await.until(Duration.ofSeconds(10), seeding::snapshot, s -> s.state() == TorrentState.SEEDING, "seeding again");
            assertEquals(complete.infoHash(), seeding.infoHash());
            assertEquals(TorrentState.PAUSED, byName.get("paused").snapshot().state());
            assertEquals(data, seeding.snapshot().downloadPath());

            second.remove(byName.get("paused"), false);
        }
        try (Session third = Session.start(config())) {
            List<TorrentHandle> back = Await.until(Duration.ofSeconds(10), third::torrents, list -> !list.isEmpty(), "a torrent back");
            Thread.sleep(200);
            assertEquals(List.of("complete"), third.torrents().stream().map(h -> h.torrent().name()).toList(),
                    "the removed torrent stays removed: " + back);
        }
    }

    @Test
    void aRestartKeepsTheOrderAndTimeTheyWereAddedAndEachFilesPriority() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        Torrent first = TestData.torrentOf(TestData.folder(data, "first", 3, 30_000, 20_000, 10_000), 16 * 1024, List.of());
        Torrent second = TestData.torrentOf(TestData.folder(data, "second", 1, 30_000), 16 * 1024, List.of());
        List<FilePriority> chosen = List.of(FilePriority.HIGH, FilePriority.SKIP, FilePriority.NORMAL);
        Instant firstAdded;
        Instant secondAdded;
        try (Session session = Session.start(config())) {
            TorrentHandle handle = session.add(first, data, true, chosen);
            Thread.sleep(20);
            firstAdded = handle.snapshot().added();
            secondAdded = session.add(second, data, true).snapshot().added();
            assertEquals(chosen, handle.files().stream().map(FileSnapshot::priority).toList());
        }

        try (Session restarted = Session.start(config())) {
            List<TorrentHandle> back = restarted.torrents();
            assertEquals(List.of("first", "second"), back.stream().map(h -> h.torrent().name()).toList(), "in the order added");
            assertEquals(firstAdded, back.get(0).snapshot().added());
            assertEquals(secondAdded, back.get(1).snapshot().added());
            assertEquals(chosen, back.get(0).files().stream().map(FileSnapshot::priority).toList());
        }
    }

    @Test
    void priorityCountsThatDoNotMatchTheFilesAreRefused() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        Torrent torrent = TestData.torrentOf(TestData.folder(data, "two", 2, 10_000, 5_000), 16 * 1024, List.of());
        try (Session session = Session.start(config())) {
            EngineException refused = assertThrows(EngineException.class,
                    () -> session.add(torrent, data, true, List.of(FilePriority.HIGH)));
            assertTrue(refused.getMessage().contains("2 files, but 1 priorities"), refused.getMessage());
            assertTrue(session.torrents().isEmpty());
        }
    }

    @Test
    void theKeptTorrentFileParsesToTheSameTorrent() throws Exception {
        Path content = TestData.folder(temp, "kept", 3, 40_000, 7);
        Torrent original = new TorrentCreator().create(CreateOptions.of(content).withPieceLength(16 * 1024)
                .withTrackers(List.of(List.of("http://127.0.0.1:1/announce", "udp://127.0.0.1:2"), List.of("http://127.0.0.1:3/a")))
                .withWebSeeds(List.of("http://127.0.0.1:4/files/")).withComment("a comment").withCreatedBy("a test")
                .withCreationDate(Instant.ofEpochSecond(1_700_000_000)), CreateProgress.NONE).torrent();

        Torrent kept = new TorrentParser().parse(TorrentFileBytes.of(original));

        assertEquals(original.infoHash(), kept.infoHash());
        assertArrayEquals(original.infoBytes(), kept.infoBytes());
        assertEquals(original.trackers(), kept.trackers());
        assertEquals(original.webSeeds(), kept.webSeeds());
        assertEquals(original.comment(), kept.comment());
        assertEquals(original.createdBy(), kept.createdBy());
        assertEquals(original.creationDate(), kept.creationDate());
        assertTrue(kept.warnings().isEmpty(), kept.warnings().toString());
    }
}
