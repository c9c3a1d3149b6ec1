package minitorrent.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import minitorrent.metainfo.Torrent;

/** Two of our sessions on 127.0.0.1: one seeds a multi-file torrent, the other downloads it. */
class LocalTransferTest {

    @TempDir
    Path temp;

    private Session session(String name) throws Exception {
        SessionConfig config = SessionConfig.defaults(temp.resolve(name + "-state")).withListenPort(0)
                .withBindAddress(InetAddress.getLoopbackAddress());
        return Session.start(config);
    }

    @Test
    void downloadsAMultiFileTorrentFromOurSeederAndResumesAsASeed() throws Exception {
        Path seedFolder = Files.createDirectories(temp.resolve("seed"));
        Path content = TestData.folder(seedFolder, "album", 1, 300_000, 17, 1_000_003, 65_536, 0, 250_001);
        Torrent torrent = TestData.torrentOf(content, 32 * 1024, List.of());
        Path leechFolder = Files.createDirectories(temp.resolve("leech"));

        try (Session seeder = session("seeder"); Session leecher = session("leecher")) {
            TorrentHandle seeding = seeder.add(torrent, seedFolder);
            Await.until(Duration.ofSeconds(10), seeding::snapshot, s -> s.state() == TorrentState.SEEDING, "the seeder seeding");
            TorrentHandle downloading = leecher.add(torrent, leechFolder);
            downloading.addPeers(List.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), seeder.listenPort())));

            TorrentSnapshot done = Await.finished(downloading, Duration.ofSeconds(30));

            assertEquals(torrent.totalLength(), done.completedLength());
            assertTrue(done.downloaded() >= torrent.totalLength(), "counted what it received: " + done.downloaded());
            assertEquals(torrent.totalLength(), seeding.snapshot().uploaded(), "the seeder counted what it sent");
        }
        TestData.assertSameTree(content, leechFolder.resolve("album"));

        try (Session again = session("leecher")) {
            TorrentHandle resumed = again.add(torrent, leechFolder);
            TorrentSnapshot seedingAgain = Await.until(Duration.ofSeconds(10), resumed::snapshot,
                    s -> s.state() == TorrentState.SEEDING, "the finished download seeding after a restart");
            assertEquals(torrent.totalLength(), seedingAgain.completedLength());
        }
    }
}
