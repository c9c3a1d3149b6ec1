package minitorrent.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import minitorrent.engine.TorrentHandle;
import minitorrent.engine.TorrentState;
import minitorrent.metainfo.Torrent;
import minitorrent.metainfo.TorrentParser;
import minitorrent.ui.internal.engine.WorkbenchSession;
import minitorrent.ui.internal.wizards.CreateTorrentWizard;

/** The Create Torrent wizard, filled in as a user does: it says what is missing, then creates, writes and seeds. */
class CreateTorrentWizardTest {

    @TempDir
    Path temp;

    private WizardDialog dialog;

    @AfterEach
    void cleanUp() throws Exception {
        if (dialog != null) {
            dialog.close();
        }
        Workbench.removeAllTorrents();
    }

    private CreateTorrentWizard open() {
        CreateTorrentWizard wizard = new CreateTorrentWizard();
        dialog = new WizardDialog(Workbench.window().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Workbench.processEvents();
        return wizard;
    }

    @Test
    void itSaysWhatIsMissingUntilTheSourceExists() {
        CreateTorrentWizard wizard = open();
        assertFalse(wizard.canFinish());
        assertEquals("Choose the file or folder to share.", wizard.page().getErrorMessage());
        wizard.page().sourceField().setText(temp.resolve("nothing-here").toString());
        assertFalse(wizard.canFinish());
        assertTrue(wizard.page().getErrorMessage().endsWith("nothing-here does not exist."), wizard.page().getErrorMessage());
    }

    @Test
    void aFolderBecomesATorrentFileThatSeedsAtOnce() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("share/photos"));
        Random random = new Random(4);
        for (String name : new String[] {"a.jpg", "b.jpg"}) {
            byte[] bytes = new byte[120_000];
            random.nextBytes(bytes);
            Files.write(folder.resolve(name), bytes);
        }
        CreateTorrentWizard wizard = open();
        for (int typed = 1; typed <= folder.toString().length(); typed++) {
            wizard.page().sourceField().setText(folder.toString().substring(0, typed)); // as typed, key by key
        }
        wizard.page().trackersField().setText("http://127.0.0.1:1/announce, http://127.0.0.1:2/announce\nudp://127.0.0.1:3");
        wizard.page().pieceSizeField().select(1); // 16 KiB
        assertTrue(wizard.canFinish(), String.valueOf(wizard.page().getErrorMessage()));

        assertTrue(wizard.performFinish());
        Job.getJobManager().join(CreateTorrentWizard.JOB_FAMILY, null);

        Path written = temp.resolve("share/photos.torrent");
        assertTrue(Files.exists(written), "the .torrent is written beside the folder");
        Torrent torrent = new TorrentParser().parse(written);
        assertEquals("photos", torrent.name());
        assertEquals(16 * 1024, torrent.pieceLength());
        assertEquals(List.of(List.of("http://127.0.0.1:1/announce", "http://127.0.0.1:2/announce"), List.of("udp://127.0.0.1:3")),
                torrent.trackers());
        TorrentHandle seeding = WorkbenchSession.get().find(torrent.infoHash()).orElseThrow();
        Workbench.awaitUi("the new torrent seeding", () -> seeding.snapshot().state() == TorrentState.SEEDING);
        Workbench.awaitUi("its seeding job in the Progress view",
                () -> WorkbenchSession.transferJobs().stream().anyMatch(job -> job.getName().equals("Seeding photos")));
        WorkbenchSession.transferJobs().forEach(Job::cancel);
        Workbench.awaitUi("seeding paused by cancelling its job", () -> seeding.snapshot().state() == TorrentState.PAUSED);
    }

    @Test
    void itShowsThePieceCountAndRefusesAWebSeedThatIsNoHttpUrl() throws Exception {
        Path file = temp.resolve("video.mp4");
        Files.write(file, new byte[3_000_000]);
        CreateTorrentWizard wizard = open();
        wizard.page().sourceField().setText(file.toString());
        Workbench.awaitUi("the piece count", () -> !wizard.page().pieceCountText().isEmpty());
        wizard.page().pieceSizeField().select(1);
        wizard.page().pieceSizeField().notifyListeners(SWT.Selection, new Event());
        assertEquals("184 pieces of 16.0 KiB (2.9 MiB in all)", wizard.page().pieceCountText());

        wizard.page().webSeedsField().setText("ftp://127.0.0.1/files/");
        assertFalse(wizard.canFinish());
        assertEquals("Web seed: 'ftp://127.0.0.1/files/' does not start with http://, https://.", wizard.page().getErrorMessage());
        wizard.page().webSeedsField().setText("");
        wizard.page().trackersField().setText("udp://127.0.0.1/announce");
        assertEquals("Tracker: 'udp://127.0.0.1/announce' has no port: a UDP tracker needs one (udp://host:port).", wizard.page().getErrorMessage());
        wizard.page().trackersField().setText("udp://127.0.0.1:6969/announce");
        wizard.page().webSeedsField().setText("http://127.0.0.1:8080/files/");
        assertTrue(wizard.canFinish(), String.valueOf(wizard.page().getErrorMessage()));
        assertFalse(wizard.page().embeddedTrackerButton().isEnabled(), "the embedded tracker is off by default");
    }
}
