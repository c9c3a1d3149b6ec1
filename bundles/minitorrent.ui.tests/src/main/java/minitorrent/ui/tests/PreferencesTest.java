package minitorrent.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IDialogPage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import minitorrent.engine.RateLimits;
import minitorrent.engine.Session;
import minitorrent.engine.SessionConfig;
import minitorrent.ui.internal.engine.SessionSettings;
import minitorrent.ui.internal.engine.WorkbenchSession;
import minitorrent.ui.internal.preferences.MiniTorrentPreferences;

/**
 * Window > Preferences > MiniTorrent, filled in as a user does: the running session takes each
 * change at once, the embedded tracker starts and stops, bad values are refused with their
 * reason, and what was saved is on disk.
 */
class PreferencesTest {

    private static final List<String> KEYS = List.of(MiniTorrentPreferences.DOWNLOAD_FOLDER,
            MiniTorrentPreferences.ASK_WHERE_TO_SAVE, MiniTorrentPreferences.START_PAUSED, MiniTorrentPreferences.SEED_RATIO_GOAL,
            MiniTorrentPreferences.LISTEN_PORT, MiniTorrentPreferences.MAX_CONNECTIONS,
            MiniTorrentPreferences.MAX_CONNECTIONS_PER_TORRENT, MiniTorrentPreferences.MAX_DOWNLOAD_RATE,
            MiniTorrentPreferences.MAX_UPLOAD_RATE, MiniTorrentPreferences.TORRENT_DOWNLOAD_RATE,
            MiniTorrentPreferences.TORRENT_UPLOAD_RATE, MiniTorrentPreferences.MAX_ACTIVE_DOWNLOADS,
            MiniTorrentPreferences.MAX_ACTIVE_SEEDS, MiniTorrentPreferences.TRACKER_ENABLED, MiniTorrentPreferences.TRACKER_PORT,
            MiniTorrentPreferences.TRACKER_ALL_ADDRESSES);

    @TempDir
    Path temp;

    private PreferenceDialog dialog;

    @AfterEach
    void restoreDefaults() throws Exception {
        if (dialog != null) {
            dialog.close();
        }
        IPreferenceStore store = MiniTorrentPreferences.get().store();
        KEYS.forEach(store::setToDefault);
        awaitSettingsApplied();
    }

    @Test
    void bandwidthLimitsApplyToTheRunningSessionInKibPerSecond() throws Exception {
        Session session = WorkbenchSession.get();
        open("minitorrent.ui.preferences.bandwidth");
        type("&Download limit (KiB/s):", "512");
        type("&Upload limit (KiB/s):", "256");
        type("Download limit per t&orrent (KiB/s):", "100");
        type("Upload limit per to&rrent (KiB/s):", "0");
        pressOk();

        assertEquals(new RateLimits(512 * 1024, 256 * 1024), session.rateLimits());
        assertEquals(new RateLimits(100 * 1024, 0), session.config().torrentRateLimits());
    }

    @Test
    void queueConnectionsAndPortApplyToTheRunningSession() throws Exception {
        Session session = WorkbenchSession.get();
        open("minitorrent.ui.preferences.queue");
        type("Active &downloads:", "2");
        type("Active &seeds:", "7");
        pressOk();
        int port = Workbench.freeLoopbackPort();
        open("minitorrent.ui.preferences.network");
        type("&Listen port:", Integer.toString(port));
        type("&Connections in all:", "120");
        type("Connections per &torrent:", "30");
        pressOk();

        SessionConfig config = session.config();
        assertEquals(2, config.maxActiveDownloads());
        assertEquals(7, config.maxActiveSeeds());
        assertEquals(120, config.maxConnections());
        assertEquals(30, config.maxConnectionsPerTorrent());
        assertEquals(port, session.listenPort());
        new Socket(InetAddress.getLoopbackAddress(), port).close(); // peers can connect there
    }

    @Test
    void theGeneralPageSetsTheFolderHowTorrentsStartAndTheRatioGoal() throws Exception {
        Session session = WorkbenchSession.get();
        open("minitorrent.ui.preferences.general");
        type("&Download folder:", temp.toString());
        check("Start added torrents &paused", true);
        check("&Ask where to save each torrent", false);
        type("Stop seeding at &ratio (0: never):", "1.5");
        pressOk();

        MiniTorrentPreferences preferences = MiniTorrentPreferences.get();
        assertEquals(temp, preferences.downloadFolder());
        assertTrue(preferences.startPaused());
        assertFalse(preferences.askWhereToSave());
        assertEquals(1.5, session.config().seedRatioGoal());
    }

    @Test
    void aBadValueNamesTheFieldAndItsRangeAndOkIsRefusedUntilItIsRight() throws Exception {
        open("minitorrent.ui.preferences.network");
        type("&Listen port:", "70000");
        assertEquals("Listen port must be a whole number from 1 to 65535.", errorMessage());
        assertFalse(okButton().isEnabled());
        type("&Listen port:", "port");
        assertFalse(okButton().isEnabled());
        type("&Listen port:", "6881");
        assertNull(errorMessage());
        assertTrue(okButton().isEnabled());
        dialog.close();

        open("minitorrent.ui.preferences.general");
        type("Stop seeding at &ratio (0: never):", "-1");
        assertEquals("Stop seeding at ratio (0: never) must be a number of 0 or more, such as 1.5.",
                errorMessage());
        assertFalse(okButton().isEnabled());
        type("Stop seeding at &ratio (0: never):", "2");
        type("&Download folder:", temp.resolve("missing").toString());
        assertEquals("The download folder must be an existing folder.", errorMessage());
        assertFalse(okButton().isEnabled());
    }

    @Test
    void theEmbeddedTrackerAnswersAnnouncesWhenSwitchedOnAndStopsWhenOff() throws Exception {
        WorkbenchSession.get();
        int port = Workbench.freeLoopbackPort();
        open("minitorrent.ui.preferences.tracker");
        check("&Run the embedded tracker", true);
        type("Tracker &port:", Integer.toString(port));
        pressOk();

        String reply = announce(port);
        assertTrue(reply.startsWith("d") && reply.contains("8:interval"), "a bencoded announce reply: " + reply);
        assertEquals(URI.create("http://127.0.0.1:" + port + "/announce"), WorkbenchSession.embeddedTracker().orElseThrow());

        open("minitorrent.ui.preferences.tracker");
        check("&Run the embedded tracker", false);
        pressOk();
        assertFalse(accepts(port), "nothing listens on the tracker's port");
        assertTrue(WorkbenchSession.embeddedTracker().isEmpty());
    }

    @Test
    void savedValuesAreWrittenToTheWorkspaceAtOnce() throws Exception {
        WorkbenchSession.get();
        open("minitorrent.ui.preferences.queue");
        type("Active &downloads:", "4");
        pressOk();

        Path file = Path.of(Platform.getInstanceLocation().getURL().toURI())
                .resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings/minitorrent.ui.prefs");
        assertTrue(Files.readAllLines(file).contains("maxActiveDownloads=4"), file + ": " + Files.readString(file));
        assertEquals(4, MiniTorrentPreferences.get().maxActiveDownloads());
    }

    // ------------------------------------------------------------------ driving the dialog

    private void open(String pageId) {
        dialog = PreferencesUtil.createPreferenceDialogOn(Workbench.window().getShell(), pageId, null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Workbench.processEvents();
    }

    /** Types into the field of that label: the text changes and a key is released, as when typing. */
    private void type(String label, String value) {
        Text text = (Text) fieldOf(label, Text.class);
        text.setFocus();
        text.setText(value);
        text.notifyListeners(SWT.KeyUp, new Event());
        Workbench.processEvents();
    }

    private void check(String label, boolean selected) {
        Button box = (Button) find(dialog.getShell(), control -> control instanceof Button button && button.getText().equals(label));
        box.setSelection(selected);
        box.notifyListeners(SWT.Selection, new Event());
        Workbench.processEvents();
    }

    /** What the page says is wrong, as its title area shows it; null when nothing is. */
    private String errorMessage() {
        return ((IDialogPage) dialog.getSelectedPage()).getErrorMessage();
    }

    private Button okButton() {
        return (Button) find(dialog.getShell(), control -> control instanceof Button
                && Integer.valueOf(IDialogConstants.OK_ID).equals(control.getData()));
    }

    /** Presses OK (after checking a user could), then waits until the session has taken the values. */
    private void pressOk() throws InterruptedException {
        Button ok = okButton();
        assertTrue(ok.isEnabled(), "OK can be pressed: " + errorMessage());
        ok.notifyListeners(SWT.Selection, new Event());
        Workbench.processEvents();
        assertNull(dialog.getShell(), "the dialog closed");
        dialog = null;
        awaitSettingsApplied();
    }

    private static void awaitSettingsApplied() throws InterruptedException {
        Job.getJobManager().join(SessionSettings.FAMILY, null);
        Workbench.processEvents();
    }

    /** The control of that type right after the label in the page (a field editor puts its label first). */
    private Control fieldOf(String label, Class<? extends Control> type) {
        Label found = (Label) find(dialog.getShell(), control -> control instanceof Label l && l.getText().equals(label));
        Control[] siblings = found.getParent().getChildren();
        for (int i = List.of(siblings).indexOf(found) + 1; i < siblings.length; i++) {
            if (type.isInstance(siblings[i])) {
                return siblings[i];
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " after the label " + label);
    }

    /** The first control under {@code root}, depth first, that is the one wanted. */
    private static Control find(Control root, Predicate<Control> wanted) {
        return search(root, wanted).orElseThrow(() -> new AssertionError("no such control under " + root));
    }

    private static Optional<Control> search(Control root, Predicate<Control> wanted) {
        if (wanted.test(root)) {
            return Optional.of(root);
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Optional<Control> found = search(child, wanted);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ the network side

    private static String announce(int port) throws IOException {
        URI uri = URI.create("http://127.0.0.1:" + port + "/announce?info_hash=aaaaaaaaaaaaaaaaaaaa&peer_id=-MT0001-abcdefghijkl"
                + "&port=6881&uploaded=0&downloaded=0&left=0&compact=1&event=started");
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        connection.setConnectTimeout(5000);
        connection.setReadTimeout(5000);
        try (InputStream body = connection.getInputStream()) {
            assertEquals(200, connection.getResponseCode());
            return new String(body.readAllBytes(), StandardCharsets.ISO_8859_1);
        } finally {
            connection.disconnect();
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
