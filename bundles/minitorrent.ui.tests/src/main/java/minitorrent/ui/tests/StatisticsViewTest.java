package minitorrent.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IViewReference;
import org.junit.jupiter.api.Test;

import minitorrent.engine.RateLimits;
import minitorrent.engine.SessionSnapshot;
import minitorrent.engine.Sizes;
import minitorrent.engine.TorrentHandle;
import minitorrent.engine.TorrentSnapshot;
import minitorrent.metainfo.CreateOptions;
import minitorrent.metainfo.CreateProgress;
import minitorrent.metainfo.Torrent;
import minitorrent.metainfo.TorrentCreator;
import minitorrent.ui.MiniTorrentUi;
import minitorrent.ui.internal.engine.WorkbenchSession;
import minitorrent.ui.internal.views.StatisticsView;
import minitorrent.ui.internal.views.TorrentsView;

/**
 * The Statistics view during a real download from a seeder of the test's own on 127.0.0.1: the
 * graph's history grows and shows the transfer, selecting the torrent switches the view from the
 * session to the torrent (and says so), and the totals show the bytes that came, also once the
 * torrent is removed.
 */
class StatisticsViewTest extends TransferFixture {

    private static final int SIZE = 3 << 20;

    @Test
    void theGraphAndTotalsFollowTheSessionThenTheSelectedTorrent() throws Exception {
        Torrent torrent = seedSlowly("video.mkv", 5);
        long downloadedBefore = sessionDownloaded();

        TorrentsView torrents = assertInstanceOf(TorrentsView.class, Workbench.page().showView(MiniTorrentUi.TORRENTS_VIEW_ID));
        StatisticsView statistics = assertInstanceOf(StatisticsView.class, Workbench.page().showView(MiniTorrentUi.STATISTICS_VIEW_ID),
                "the Statistics view failed to build: see .metadata/.log");
        LoopbackSeeding.downloadFrom(seeder, torrent, temp.resolve("download"));
        Workbench.awaitOnlyRow(torrents, "video.mkv");

        assertTrue(statistics.description().startsWith("Showing the whole session"), statistics.description());
        Workbench.awaitUi("the session counting the seeder as one peer, a seed",
                () -> valueAfter(statistics, "Peers").equals("1 (1 seed)"));
        Workbench.awaitUi("the session's graph showing the download",
                () -> statistics.chart().seconds() >= 3 && statistics.chart().history().download(0) > 0);
        int recorded = statistics.chart().seconds();

        Workbench.selectFirstTorrent(torrents);
        Workbench.awaitUi("the view on the selected torrent", () -> statistics.description().contains("video.mkv"));
        assertTrue(statistics.chart().history().peak() > 0, "the torrent's own history, downloading");
        Workbench.awaitUi("the download finished", () -> torrents.selectedTorrents().stream().anyMatch(t -> t.isFinished()));
        Workbench.awaitUi("the torrent's totals showing every byte", () -> valueAfter(statistics, "Downloaded").equals(Sizes.format(SIZE)));
        assertTrue(statistics.chart().seconds() > recorded, "the history grew: " + statistics.chart().seconds());
        List<String> texts = shownTexts(statistics);
        assertEquals("Selected torrent", texts.get(0), "the torrent's panel first: " + texts);
        assertTrue(texts.contains("Session"), texts.toString());

        torrents.getSite().getSelectionProvider().setSelection(StructuredSelection.EMPTY);
        Workbench.awaitUi("the view back on the session", () -> statistics.description().startsWith("Showing the whole session"));
        assertEquals("Session", shownTexts(statistics).get(0), "only the session's totals");
        assertEquals(Sizes.format(downloadedBefore + SIZE), valueAfter(statistics, "Downloaded"), "the session downloaded the torrent's bytes");
        assertEquals("1", valueAfter(statistics, "Torrents"));

        WorkbenchSession.get().remove(WorkbenchSession.get().torrents().get(0), false);
        Workbench.awaitUi("the view without the removed torrent", () -> valueAfter(statistics, "Torrents").equals("0"));
        assertEquals("0 (0 seeds)", valueAfter(statistics, "Peers"));
        assertEquals(Sizes.format(downloadedBefore + SIZE), valueAfter(statistics, "Downloaded"),
                "the session's total keeps the removed torrent's bytes");
    }

    @Test
    void aViewOpenedLateShowsTheMinutesBeforeItOpened() throws Exception {
        Torrent torrent = seedSlowly("late.mkv", 6);
        IViewReference open = Workbench.page().findViewReference(MiniTorrentUi.STATISTICS_VIEW_ID);
        if (open != null) {
            Workbench.page().hideView(open);
        }

        TorrentHandle downloading = LoopbackSeeding.downloadFrom(seeder, torrent, temp.resolve("download"));
        long started = System.nanoTime();
        Workbench.awaitUi("four seconds of downloading", () -> downloading.snapshot().downloaded() > 0
                && System.nanoTime() - started > 4_000_000_000L);
        StatisticsView statistics = assertInstanceOf(StatisticsView.class, Workbench.page().showView(MiniTorrentUi.STATISTICS_VIEW_ID));
        Workbench.awaitUi("the graph's first showing", () -> statistics.chart().seconds() > 0);

        assertTrue(statistics.chart().seconds() >= 4, "the seconds before the view opened: " + statistics.chart().seconds());
        assertTrue(statistics.chart().history().peak() > 0, "the download's rates of those seconds");
    }

    /** A file of random bytes, seeded by a session of the test's own at 512 KiB/s, so a download of it lasts about 6 s. */
    private Torrent seedSlowly(String name, long randomSeed) throws Exception {
        Path data = Files.createDirectories(temp.resolve("seed"));
        byte[] bytes = new byte[SIZE];
        new Random(randomSeed).nextBytes(bytes);
        Files.write(data.resolve(name), bytes);
        Torrent torrent = new TorrentCreator().create(CreateOptions.of(data.resolve(name)).withPieceLength(32 * 1024),
                CreateProgress.NONE).torrent();
        seeder = LoopbackSeeding.startSeeder(temp.resolve("seeder-state"), new RateLimits(0, 512 * 1024), torrent, data);
        return torrent;
    }

    /** What the session downloaded so far, its removed torrents' bytes too (earlier tests' removed torrents count). */
    private static long sessionDownloaded() throws Exception {
        SessionSnapshot session = WorkbenchSession.get().snapshot();
        return session.removed().downloaded() + session.torrents().stream().mapToLong(TorrentSnapshot::downloaded).sum();
    }

    /** The texts of the totals a user sees (a hidden panel's labels are not seen). */
    private static List<String> shownTexts(StatisticsView view) {
        List<String> texts = new ArrayList<>();
        for (Control panel : view.totals().getChildren()) {
            if (panel.isVisible()) {
                texts.addAll(Workbench.labelTexts(panel));
            }
        }
        return texts;
    }

    /** The value beside the first label named {@code name} in the totals a user sees. */
    private static String valueAfter(StatisticsView view, String name) {
        List<String> texts = shownTexts(view);
        int at = texts.indexOf(name);
        return at < 0 || at + 1 >= texts.size() ? "" : texts.get(at + 1);
    }
}
