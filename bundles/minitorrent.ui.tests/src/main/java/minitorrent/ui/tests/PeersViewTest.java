package minitorrent.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import minitorrent.engine.Session;
import minitorrent.engine.SessionConfig;
import minitorrent.engine.TorrentHandle;
import minitorrent.metainfo.CreateOptions;
import minitorrent.metainfo.CreateProgress;
import minitorrent.metainfo.Torrent;
import minitorrent.metainfo.TorrentCreator;
import minitorrent.ui.MiniTorrentUi;
import minitorrent.ui.internal.engine.WorkbenchSession;
import minitorrent.ui.internal.views.PeersView;
import minitorrent.ui.internal.views.TorrentsView;

/**
 * The Peers view follows the selection in the Torrents view, on a real download: the workbench
 * fetches a file from a seeder (an engine session of the test's own, on 127.0.0.1).
 */
class PeersViewTest {

    @TempDir
    Path temp;

    private Session seeder;

    @BeforeEach
    void freshLayout() {
        Workbench.page().resetPerspective();
        Workbench.processEvents();
    }

    @AfterEach
    void cleanUp() throws Exception {
        Workbench.removeAllTorrents();
        if (seeder != null) {
            seeder.close();
        }
    }

    @Test
    void aPeerOfTheSelectedTorrentIsListedWithItsClient() throws Exception {
        Path data = Files.createDirectories(temp.resolve("seed"));
        byte[] bytes = new byte[4 << 20];
        new Random(3).nextBytes(bytes);
        Files.write(data.resolve("slow.bin"), bytes);
        Torrent torrent = new TorrentCreator().create(CreateOptions.of(data.resolve("slow.bin")).withPieceLength(16 * 1024),
                CreateProgress.NONE).torrent();
        seeder = Session.start(SessionConfig.defaults(temp.resolve("seeder-state")).withListenPort(0)
                .withBindAddress(InetAddress.getLoopbackAddress()).withRateLimits(new minitorrent.engine.RateLimits(0, 256 * 1024)));
        seeder.add(torrent, data);
        TorrentHandle downloading = WorkbenchSession.get().add(torrent, Files.createDirectories(temp.resolve("download")));
        downloading.addPeers(List.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), seeder.listenPort())));

        TorrentsView torrents = assertInstanceOf(TorrentsView.class, Workbench.page().showView(MiniTorrentUi.TORRENTS_VIEW_ID));
        PeersView peers = assertInstanceOf(PeersView.class, Workbench.page().showView(MiniTorrentUi.PEERS_VIEW_ID));
        Workbench.page().activate(torrents);
        Workbench.awaitUi("the torrent in the list", () -> torrents.table().getItemCount() == 1);
        Workbench.selectFirstTorrent(torrents);

        Workbench.awaitUi("the seeder in the Peers view", () -> peers.table().getItemCount() == 1
                && peers.table().getItem(0).getText(1).startsWith("MiniTorrent"));
        assertEquals("127.0.0.1:" + seeder.listenPort(), peers.table().getItem(0).getText(0));
        assertTrue(peers.table().getItem(0).getText(2).contains("D"), "downloading from it: " + peers.table().getItem(0).getText(2));
    }
}
