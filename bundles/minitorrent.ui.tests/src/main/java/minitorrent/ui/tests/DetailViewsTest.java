package minitorrent.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

import minitorrent.engine.FilePriority;
import minitorrent.engine.RateLimits;
import minitorrent.engine.TorrentHandle;
import minitorrent.engine.TorrentState;
import minitorrent.metainfo.CreateOptions;
import minitorrent.metainfo.CreateProgress;
import minitorrent.metainfo.Torrent;
import minitorrent.metainfo.TorrentCreator;
import minitorrent.ui.MiniTorrentUi;
import minitorrent.ui.internal.engine.CompletionNotifier;
import minitorrent.ui.internal.engine.WorkbenchSession;
import minitorrent.ui.internal.views.FilesView;
import minitorrent.ui.internal.views.PeersView;
import minitorrent.ui.internal.views.PiecesView;
import minitorrent.ui.internal.views.TorrentsView;
import minitorrent.ui.internal.views.TrackersView;

/**
 * The views that follow the selection in the Torrents view (Peers, Files, Trackers, Pieces), on
 * real downloads: the workbench fetches from a seeder, an engine session of the test's own on
 * 127.0.0.1; the Files view also sets a file's priority, a download's job in the Progress
 * view pauses it when cancelled, and a completed download is announced in a notification.
 */
class DetailViewsTest extends TransferFixture {

    /** Seeds the torrent from {@code seedFolder} in a session of the test's own and downloads it in the workbench's. */
    private TorrentHandle seedAndDownload(Torrent torrent, Path seedFolder, RateLimits seederLimits) throws Exception {
        seeder = LoopbackSeeding.startSeeder(temp.resolve("seeder-state"), seederLimits, torrent, seedFolder);
        return LoopbackSeeding.downloadFrom(seeder, torrent, temp.resolve("download"));
    }

    @Test
    void filesTrackersAndPiecesFollowTheSelectedTorrent() throws Exception {
        Path data = Files.createDirectories(temp.resolve("seed/album/disc 2"));
        Random random = new Random(9);
        for (String name : new String[] {"album/cover.jpg", "album/track1.flac", "album/disc 2/track2.flac"}) {
            byte[] bytes = new byte[150_000 + random.nextInt(50_000)];
            random.nextBytes(bytes);
            Files.write(temp.resolve("seed").resolve(name), bytes);
        }
        String unreachable = "http://127.0.0.1:1/announce";
        Torrent torrent = new TorrentCreator().create(CreateOptions.of(data.getParent()).withPieceLength(16 * 1024)
                .withTrackers(List.of(List.of(unreachable))), CreateProgress.NONE).torrent();
        TorrentHandle downloading = seedAndDownload(torrent, temp.resolve("seed"), RateLimits.UNLIMITED);

        TorrentsView torrents = assertInstanceOf(TorrentsView.class, Workbench.page().showView(MiniTorrentUi.TORRENTS_VIEW_ID));
        FilesView files = assertInstanceOf(FilesView.class, Workbench.page().showView(MiniTorrentUi.FILES_VIEW_ID));
        TrackersView trackers = assertInstanceOf(TrackersView.class, Workbench.page().showView(MiniTorrentUi.TRACKERS_VIEW_ID));
        PiecesView pieces = assertInstanceOf(PiecesView.class, Workbench.page().showView(MiniTorrentUi.PIECES_VIEW_ID));
        Workbench.page().activate(torrents);
        Workbench.awaitUi("the torrent in the list", () -> torrents.table().getItemCount() == 1);
        Workbench.selectFirstTorrent(torrents);

        Workbench.awaitUi("the file tree", () -> files.tree().getItemCount() == 1 && files.tree().getItem(0).getItemCount() == 3);
        TreeItem album = files.tree().getItem(0);
        assertEquals("album", album.getText(0));
        List<String> children = List.of(album.getItem(0).getText(0), album.getItem(1).getText(0), album.getItem(2).getText(0));
        assertTrue(children.containsAll(List.of("disc 2", "cover.jpg", "track1.flac")), children.toString());
        Workbench.awaitUi("the download finished in the Files view", () -> files.tree().getItem(0).getText(2).equals("100.0%"));

        Workbench.awaitUi("the tracker's failure in the Trackers view",
                () -> trackers.table().getItemCount() == 1 && trackers.table().getItem(0).getText(2).startsWith("error"));
        assertEquals(unreachable, trackers.table().getItem(0).getText(0));
        Workbench.awaitUi("every piece in the Pieces view", () -> pieces.summary().startsWith(torrent.pieceCount() + " of " + torrent.pieceCount()));
        Workbench.page().activate(pieces);
        String tooltip = pieces.tooltipAt(1, 1);
        assertTrue(tooltip != null && tooltip.startsWith("Piece 0: 1/1 had, 0 downloading\nOn ")
                && tooltip.endsWith(" peers\nFile: " + torrent.files().get(0).pathString()), String.valueOf(tooltip));

        Workbench.page().activate(files);
        TreeItem cover = List.of(album.getItems()).stream().filter(item -> item.getText(0).equals("cover.jpg")).findFirst().orElseThrow();
        files.viewer().setSelection(new StructuredSelection(cover.getData()));
        files.setPriority(FilePriority.SKIP);
        Workbench.awaitUi("the priority shown", () -> cover.getText(3).equals("Skip"));
        assertEquals("Mixed", album.getText(3));
        assertEquals(FilePriority.SKIP, downloading.files().stream().filter(f -> f.path().endsWith("cover.jpg")).findFirst()
                .orElseThrow().priority());
    }

    @Test
    void aPeerOfTheSelectedTorrentIsListedWithItsClient() throws Exception {
        Path data = Files.createDirectories(temp.resolve("seed"));
        byte[] bytes = new byte[4 << 20];
        new Random(3).nextBytes(bytes);
        Files.write(data.resolve("slow.bin"), bytes);
        Torrent torrent = new TorrentCreator().create(CreateOptions.of(data.resolve("slow.bin")).withPieceLength(16 * 1024),
                CreateProgress.NONE).torrent();
        TorrentHandle downloading = seedAndDownload(torrent, data, new RateLimits(0, 256 * 1024));

        TorrentsView torrents = assertInstanceOf(TorrentsView.class, Workbench.page().showView(MiniTorrentUi.TORRENTS_VIEW_ID));
        PeersView peers = assertInstanceOf(PeersView.class, Workbench.page().showView(MiniTorrentUi.PEERS_VIEW_ID));
        Workbench.page().activate(torrents);
        Workbench.awaitUi("the torrent in the list", () -> torrents.table().getItemCount() == 1);
        Workbench.selectFirstTorrent(torrents);

        Workbench.awaitUi("the seeder in the Peers view", () -> peers.table().getItemCount() == 1
                && peers.table().getItem(0).getText(1).startsWith("MiniTorrent"));
        assertEquals("127.0.0.1:" + seeder.listenPort(), peers.table().getItem(0).getText(0));
        assertTrue(peers.table().getItem(0).getText(2).contains("D"), "downloading from it: " + peers.table().getItem(0).getText(2));

        Workbench.awaitUi("the download's job in the Progress view", () -> WorkbenchSession.transferJobs().stream()
                .anyMatch(job -> job.getName().equals("Downloading slow.bin")));
        Job transfer = WorkbenchSession.transferJobs().get(0);
        transfer.cancel();
        Workbench.awaitUi("the torrent paused by cancelling its job", () -> downloading.snapshot().state() == TorrentState.PAUSED);
        Workbench.awaitUi("the job ended", () -> WorkbenchSession.transferJobs().isEmpty());
    }

    @Test
    void aCompletedDownloadIsAnnouncedInANotificationAndACompleteTorrentIsNot() throws Exception {
        Path data = Files.createDirectories(temp.resolve("seed"));
        byte[] bytes = new byte[300_000];
        new Random(5).nextBytes(bytes);
        Files.write(data.resolve("report.pdf"), bytes);
        Files.write(data.resolve("already-here.bin"), bytes);
        Torrent complete = new TorrentCreator().create(CreateOptions.of(data.resolve("already-here.bin")).withPieceLength(16 * 1024),
                CreateProgress.NONE).torrent();
        TorrentHandle seeding = WorkbenchSession.get().add(complete, data);
        Workbench.awaitUi("the complete torrent seeding", () -> seeding.snapshot().state() == TorrentState.SEEDING);

        Torrent torrent = new TorrentCreator().create(CreateOptions.of(data.resolve("report.pdf")).withPieceLength(16 * 1024),
                CreateProgress.NONE).torrent();
        seedAndDownload(torrent, data, RateLimits.UNLIMITED);
        Workbench.awaitUi("the completion notification", () -> !notificationsOf(torrent).isEmpty());
        List<String> texts = Workbench.labelTexts(notificationsOf(torrent).get(0));
        assertTrue(texts.stream().anyMatch(text -> text.startsWith("report.pdf (293.0 KiB) is downloaded")), texts.toString());
        assertEquals(1, notificationsOf(torrent).size());
        assertTrue(notificationsOf(complete).isEmpty(), "a torrent complete when checked is not announced");
        notificationsOf(torrent).forEach(Shell::close);
    }

    private static List<Shell> notificationsOf(Torrent torrent) {
        return Arrays.stream(Workbench.window().getShell().getDisplay().getShells())
                .filter(shell -> !shell.isDisposed() && torrent.infoHash().hex().equals(shell.getData(CompletionNotifier.SHELL_DATA_KEY)))
                .toList();
    }
}
