package minitorrent.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import minitorrent.engine.Session;
import minitorrent.engine.SessionConfig;
import minitorrent.engine.TorrentHandle;
import minitorrent.engine.TorrentState;
import minitorrent.metainfo.Torrent;
import minitorrent.metainfo.TorrentParser;
import minitorrent.ui.MiniTorrentUi;
import minitorrent.ui.internal.engine.SessionSettings;
import minitorrent.ui.internal.engine.WorkbenchSession;
import minitorrent.ui.internal.preferences.MiniTorrentPreferences;
import minitorrent.ui.internal.views.TorrentsView;
import minitorrent.ui.internal.wizards.CreateTorrentWizard;

/**
 * The whole way a user shares files: the Create Torrent wizard makes a torrent announced to the
 * embedded tracker and seeds it; another client (an engine session of the test's own, on
 * 127.0.0.1, told nothing but the .torrent file) finds the seed through that tracker and downloads
 * every byte, while the Torrents view shows the upload.
 */
class EndToEndTest {

    @TempDir
    Path temp;

    private WizardDialog dialog;
    private Session downloader;

    @AfterEach
    void cleanUp() throws Exception {
        if (dialog != null) {
            dialog.close();
        }
        if (downloader != null) {
            downloader.close();
        }
        Workbench.removeAllTorrents();
        IPreferenceStore store = MiniTorrentPreferences.get().store();
        store.setToDefault(MiniTorrentPreferences.TRACKER_ENABLED);
        store.setToDefault(MiniTorrentPreferences.TRACKER_PORT);
        Job.getJobManager().join(SessionSettings.FAMILY, null);
    }

    @Test
    void aTorrentMadeInTheWizardIsSeededThroughTheEmbeddedTrackerToAnotherClient() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("share/holiday"));
        Random random = new Random(21);
        for (String name : new String[] {"beach.jpg", "dinner.jpg", "notes.txt"}) {
            byte[] bytes = new byte[200_000 + random.nextInt(100_000)];
            random.nextBytes(bytes);
            Files.write(folder.resolve(name), bytes);
        }
        WorkbenchSession.get();
        IPreferenceStore store = MiniTorrentPreferences.get().store();
        store.setValue(MiniTorrentPreferences.TRACKER_PORT, Workbench.freeLoopbackPort());
        store.setValue(MiniTorrentPreferences.TRACKER_ENABLED, true);
        Job.getJobManager().join(SessionSettings.FAMILY, null);
        Workbench.awaitUi("the embedded tracker running", () -> WorkbenchSession.embeddedTracker().isPresent());

        CreateTorrentWizard wizard = new CreateTorrentWizard();
        dialog = new WizardDialog(Workbench.window().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        wizard.page().sourceField().setText(folder.toString());
        assertTrue(wizard.page().embeddedTrackerButton().isEnabled(), "the tracker runs, so it can be chosen");
        wizard.page().embeddedTrackerButton().setSelection(true);
        assertTrue(wizard.canFinish(), String.valueOf(wizard.page().getErrorMessage()));
        assertTrue(wizard.performFinish());
        Job.getJobManager().join(CreateTorrentWizard.JOB_FAMILY, null);
        dialog = null;

        Torrent torrent = new TorrentParser().parse(temp.resolve("share/holiday.torrent"));
        assertEquals(List.of(List.of(WorkbenchSession.embeddedTracker().orElseThrow().toString())), torrent.trackers());
        TorrentHandle seed = WorkbenchSession.get().find(torrent.infoHash()).orElseThrow();
        Workbench.awaitUi("the new torrent seeding", () -> seed.snapshot().state() == TorrentState.SEEDING);

        downloader = Session.start(SessionConfig.defaults(temp.resolve("downloader-state")).withListenPort(0)
                .withBindAddress(InetAddress.getLoopbackAddress()));
        TorrentHandle download = downloader.add(torrent, Files.createDirectories(temp.resolve("downloads")));

        TorrentsView view = assertInstanceOf(TorrentsView.class, Workbench.page().showView(MiniTorrentUi.TORRENTS_VIEW_ID));
        Workbench.awaitUi("the download finished in the other client", () -> download.snapshot().isFinished());
        for (String name : new String[] {"beach.jpg", "dinner.jpg", "notes.txt"}) {
            assertArrayEquals(Files.readAllBytes(folder.resolve(name)), Files.readAllBytes(temp.resolve("downloads/holiday").resolve(name)),
                    name + " arrives byte for byte");
        }
        Workbench.awaitUi("the Torrents view showing the whole torrent uploaded",
                () -> cell(view.table(), "Ratio").equals("1.00") && cell(view.table(), "State").equals("Seeding"));
        assertEquals("holiday", cell(view.table(), "Name"));
    }

    private static String cell(Table table, String column) {
        if (table.getItemCount() != 1 || table.getItem(0).getData() == null) {
            return "";
        }
        int index = List.of(table.getColumns()).stream().map(c -> c.getText()).toList().indexOf(column);
        return table.getItem(0).getText(index);
    }
}
