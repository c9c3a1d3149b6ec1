package minitorrent.ui.tests;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import minitorrent.engine.RateLimits;
import minitorrent.engine.Session;
import minitorrent.engine.SessionConfig;
import minitorrent.engine.TorrentHandle;
import minitorrent.engine.TorrentSnapshot;
import minitorrent.metainfo.CreateOptions;
import minitorrent.metainfo.CreateProgress;
import minitorrent.metainfo.CreatedTorrent;
import minitorrent.metainfo.TorrentCreator;
import minitorrent.tracker.TrackerServer;
import minitorrent.tracker.TrackerServerConfig;
import minitorrent.tracker.TrackerServerListener;
import minitorrent.ui.MiniTorrentUi;
import minitorrent.ui.internal.editor.OpenTorrentFileHandler;
import minitorrent.ui.internal.editor.OverviewPage;
import minitorrent.ui.internal.editor.TorrentEditor;
import minitorrent.ui.internal.editor.TrackersPage;
import minitorrent.ui.internal.engine.WorkbenchSession;
import minitorrent.ui.internal.views.TorrentsView;

/**
 * Not a test (its name keeps it out of the test run): takes the screenshots of docs/images in a
 * real workbench during a real transfer on 127.0.0.1, in the light and the dark theme. Run it with
 * {@code docs/screenshots.sh}, which copies the pictures into docs/images.
 */
class DocumentationScreenshots {

    private static final String LIGHT = "org.eclipse.e4.ui.css.theme.e4_default";
    private static final String DARK = "org.eclipse.e4.ui.css.theme.e4_dark";
    private static final List<String> DETAIL_VIEWS = List.of(MiniTorrentUi.PEERS_VIEW_ID, MiniTorrentUi.FILES_VIEW_ID,
            MiniTorrentUi.TRACKERS_VIEW_ID, MiniTorrentUi.PIECES_VIEW_ID, MiniTorrentUi.STATISTICS_VIEW_ID);

    @TempDir
    Path temp;

    @Test
    void takeThem() throws Exception {
        Path out = Files.createDirectories(Path.of(System.getProperty("minitorrent.screenshots", "target/screenshots")));
        Shell window = Workbench.window().getShell();
        IWorkbenchPage page = Workbench.page();
        page.resetPerspective();

        Path seedData = Files.createDirectories(temp.resolve("seed"));
        TrackerServer tracker = TrackerServer.start(TrackerServerConfig.defaults().withPorts(0, 0)
                .withIntervals(Duration.ofSeconds(20), Duration.ofSeconds(5)), TrackerServerListener.NONE);
        Session seeder = Session.start(SessionConfig.defaults(temp.resolve("seeder")).withListenPort(0)
                .withBindAddress(InetAddress.getLoopbackAddress()).withRateLimits(new RateLimits(0, 900 * 1024)));
        try {
            List<List<String>> tiers = List.of(List.of(tracker.announceUri().toString()),
                    List.of(tracker.udpAnnounceUri().orElseThrow().toString()));
            CreatedTorrent movie = torrentOf(seedData, tiers, "Big Buck Bunny", new String[] {"big_buck_bunny_1080p.mkv", "poster.jpg",
                "subtitles/en.srt", "subtitles/de.srt", "README.txt"}, new int[] {60 << 20, 900_000, 60_000, 62_000, 4_000});
            seeder.add(movie.torrent(), seedData);
            Path downloads = Files.createDirectories(temp.resolve("downloads"));
            TorrentHandle downloading = WorkbenchSession.get().add(movie.torrent(), downloads);
            for (String name : new String[] {"Debian 13 netinst", "Field recordings 2026", "Photos – Lisbon"}) {
                CreatedTorrent seeding = torrentOf(seedData, tiers, name, new String[] {"part-1.bin", "part-2.bin"},
                        new int[] {3 << 20, 1 << 20});
                WorkbenchSession.get().add(seeding.torrent(), seedData, name.startsWith("Photos"));
            }
            Path torrentFile = temp.resolve("big-buck-bunny.torrent");
            TorrentCreator.write(movie, torrentFile, false);

            TorrentsView torrents = (TorrentsView) page.showView(MiniTorrentUi.TORRENTS_VIEW_ID);
            Workbench.awaitUi("four torrents listed", () -> torrents.table().getItemCount() == 4);
            select(torrents, downloading);
            settle(12_000);

            IThemeEngine themes = PlatformUI.getWorkbench().getService(IThemeEngine.class);
            for (String theme : List.of(LIGHT, DARK)) {
                themes.setTheme(theme, false);
                settle(1500);
                String suffix = theme.equals(DARK) ? "-dark" : "";
                window.setBounds(0, 0, 1280, 800);
                page.activate(torrents);
                settle(1200);
                shoot(window, out.resolve("workbench" + suffix + ".png"));
                window.setBounds(0, 0, 1100, 560);
                for (String id : DETAIL_VIEWS) {
                    IViewPart view = page.showView(id);
                    page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
                    settle(1500);
                    shoot(window, out.resolve(id.substring(id.lastIndexOf('.') + 1) + suffix + ".png"));
                    page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
                }
                window.setBounds(0, 0, 1100, 700);
                TorrentEditor editor = (TorrentEditor) OpenTorrentFileHandler.open(page, torrentFile);
                Job.getJobManager().join(TorrentEditor.JOB_FAMILY, null);
                Workbench.awaitUi("the file read", () -> editor.getActivePageInstance().getManagedForm().getForm()
                        .getMessageType() != IMessageProvider.ERROR && !"notice".equals(editor.getActivePageInstance().getId()));
                page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
                editor.setActivePage(OverviewPage.ID);
                settle(1000);
                shoot(window, out.resolve("editor-overview" + suffix + ".png"));
                editor.setActivePage(TrackersPage.ID);
                settle(1000);
                shoot(window, out.resolve("editor-trackers" + suffix + ".png"));
                page.closeEditor(editor, false);
                page.resetPerspective(); // the editor area, shown for the editor, goes again
                select(torrents, downloading);
                settle(500);
            }
            themes.setTheme(LIGHT, false);
        } finally {
            Workbench.removeAllTorrents();
            seeder.close();
            tracker.close();
        }
    }

    private static CreatedTorrent torrentOf(Path parent, List<List<String>> trackers, String name, String[] files, int[] sizes)
            throws Exception {
        Path folder = Files.createDirectories(parent.resolve(name));
        Random random = new Random(name.hashCode());
        for (int i = 0; i < files.length; i++) {
            byte[] bytes = new byte[sizes[i]];
            random.nextBytes(bytes);
            Files.createDirectories(folder.resolve(files[i]).getParent());
            Files.write(folder.resolve(files[i]), bytes);
        }
        return new TorrentCreator().create(CreateOptions.of(folder)
                .withTrackers(trackers)
                .withComment("Screenshots of MiniTorrent's documentation").withCreatedBy("MiniTorrent 0.1.0"), CreateProgress.NONE);
    }

    /** Runs the event loop for a while, so rates, graphs and the theme settle. */
    private static void settle(long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            Workbench.processEvents();
            Thread.sleep(20);
        }
    }

    /** Saves what the window shows (menu bar to status line) as a PNG. */
    private static void shoot(Shell window, Path file) {
        Display display = window.getDisplay();
        Rectangle bounds = window.getBounds();
        Rectangle client = display.map(window, null, window.getClientArea());
        bounds.height = client.y + client.height - bounds.y;
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** Selects the row of the torrent that is downloading, as a click does, for the views that follow the selection. */
    private static void select(TorrentsView torrents, TorrentHandle downloading) throws InterruptedException {
        Table table = torrents.table();
        Workbench.awaitUi("the downloading torrent's row", () -> rowOf(table, downloading) >= 0);
        int row = rowOf(table, downloading);
        table.setSelection(row);
        torrents.getSite().getSelectionProvider().setSelection(new StructuredSelection(table.getItem(row).getData()));
    }

    private static int rowOf(Table table, TorrentHandle torrent) {
        for (int row = 0; row < table.getItemCount(); row++) {
            if (table.getItem(row).getData() instanceof TorrentSnapshot snapshot && snapshot.infoHash().equals(torrent.infoHash())) {
                return row;
            }
        }
        return -1;
    }
}
