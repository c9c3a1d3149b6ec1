package minitorrent.engine.interop;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import minitorrent.engine.Session;
import minitorrent.engine.TorrentHandle;
import minitorrent.testing.ExternalProcess;

/**
 * Our engine and libtorrent exchange a multi-file torrent made by our creator, both ways, on
 * 127.0.0.1 with direct connections (no tracker): when it seeds we connect to it, when it
 * downloads it connects to us.
 */
@Timeout(90)
class LibtorrentInteropTest {

    private static final Duration TRANSFER = Duration.ofSeconds(30);
    private static final Duration LIFE = Duration.ofSeconds(60);

    @TempDir
    Path temp;
    private SharedContent content;

    @BeforeEach
    void libtorrentIsThere() throws Exception {
        Libtorrent.assumeInstalled();
        content = SharedContent.create(Files.createDirectories(temp.resolve("original")), List.of());
    }

    @Test
    void downloadsFromLibtorrentSeeding() throws Exception {
        Path seedFolder = Files.createDirectories(temp.resolve("libtorrent"));
        content.copyPieces(seedFolder, piece -> true);
        Path ourFolder = Files.createDirectories(temp.resolve("ours"));

        try (ExternalProcess libtorrent = Libtorrent.start("libtorrent-seed", content, seedFolder, List.of(), LIFE, temp);
                Session session = LoopbackSession.start(temp.resolve("state"))) {
            int port = Libtorrent.port(libtorrent);
            Libtorrent.awaitFinished(libtorrent, TRANSFER);
            TorrentHandle handle = session.add(content.torrent(), ourFolder);
            handle.addPeers(List.of(new InetSocketAddress("127.0.0.1", port)));
            Wait.until(TRANSFER, () -> LoopbackSession.finished(handle), "our download from libtorrent",
                    () -> LoopbackSession.describe(handle) + "\n" + libtorrent.report());
        }
        content.assertSameAs(ourFolder, "our download from libtorrent");
    }

    @Test
    void seedsToLibtorrent() throws Exception {
        Path libtorrentFolder = Files.createDirectories(temp.resolve("libtorrent"));

        try (Session session = LoopbackSession.start(temp.resolve("state"))) {
            TorrentHandle handle = session.add(content.torrent(), content.original().getParent());
            LoopbackSession.awaitSeeding(handle, TRANSFER);
            try (ExternalProcess libtorrent = Libtorrent.start("libtorrent-download", content, libtorrentFolder,
                    List.of(LoopbackSession.address(session)), LIFE, temp)) {
                try {
                    Libtorrent.awaitFinished(libtorrent, TRANSFER);
                } catch (AssertionError e) {
                    throw new AssertionError(e.getMessage() + "\n" + LoopbackSession.describe(handle), e);
                }
            }
        }
        content.assertSameAs(libtorrentFolder, "libtorrent's download from us");
    }
}
