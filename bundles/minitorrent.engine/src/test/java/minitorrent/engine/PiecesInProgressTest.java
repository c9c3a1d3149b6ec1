package minitorrent.engine;

import static minitorrent.engine.LoopbackSessions.at;
import static minitorrent.engine.LoopbackSessions.seed;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.BitSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import minitorrent.metainfo.Torrent;

/** The pieces a download is fetching now, as the pieces map shows them: never one it has, none once it has all. */
class PiecesInProgressTest {

    @TempDir
    Path temp;

    @Test
    void aSlowDownloadShowsThePiecesItFetchesAndNoneWhenDone() throws Exception {
        Path seedFolder = Files.createDirectories(temp.resolve("seed"));
        Path content = TestData.folder(seedFolder, "slow", 4, 1_000_000);
        Torrent torrent = TestData.torrentOf(content, 32 * 1024, List.of());
        try (LoopbackSessions sessions = new LoopbackSessions(temp)) {
            Session seeder = sessions.start(sessions.config("seeder").withRateLimits(new RateLimits(0, 400 * 1024)));
            seed(seeder, torrent, seedFolder);
            TorrentHandle downloading = sessions.start("leecher").add(torrent, Files.createDirectories(temp.resolve("leech")));
            downloading.addPeers(at(seeder));

            Await.until(Duration.ofSeconds(10), downloading::piecesInProgress, pieces -> !pieces.isEmpty(), "a piece in progress");
            BitSet had = downloading.snapshot().pieces();
            BitSet inProgress = downloading.piecesInProgress();
            // A had piece never goes back in progress, so asked in this order the two cannot overlap.
            assertFalse(inProgress.intersects(had), "in progress " + inProgress + ", had " + had);
            assertTrue(inProgress.length() <= torrent.pieceCount(), "only pieces of the torrent: " + inProgress);

            Await.finished(downloading, Duration.ofSeconds(30));
            assertTrue(downloading.piecesInProgress().isEmpty(), "nothing in progress when done");
        }
    }
}
