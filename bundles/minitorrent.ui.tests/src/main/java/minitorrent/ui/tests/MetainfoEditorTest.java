package minitorrent.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import minitorrent.engine.Sizes;
import minitorrent.metainfo.CreateOptions;
import minitorrent.metainfo.CreateProgress;
import minitorrent.metainfo.CreatedTorrent;
import minitorrent.metainfo.Torrent;
import minitorrent.metainfo.TorrentCreator;
import minitorrent.metainfo.TorrentParser;
import minitorrent.ui.internal.editor.FilesPage;
import minitorrent.ui.internal.editor.OpenTorrentFileHandler;
import minitorrent.ui.internal.editor.OverviewPage;
import minitorrent.ui.internal.editor.PieceHashesPage;
import minitorrent.ui.internal.editor.TorrentEditor;
import minitorrent.ui.internal.editor.TrackersPage;
import minitorrent.ui.internal.editor.WebSeedsPage;
import minitorrent.ui.internal.engine.WorkbenchSession;
import minitorrent.ui.internal.views.AddTorrentDialog;

/**
 * The Torrent Editor on real .torrent files: it shows what the file holds, saves edited trackers,
 * web seeds and comment with the same info hash, names the problem of a file that is no torrent,
 * and shows the parser's warnings as problems.
 */
class MetainfoEditorTest {

    private static final String TRACKER = "http://127.0.0.1:6969/announce";
    private static final String EDITED_TRACKER = "http://127.0.0.1:7070/announce";
    private static final String UDP_TRACKER = "udp://127.0.0.1:6969";
    private static final String WEB_SEED = "http://127.0.0.1:8080/files/";

    @TempDir
    Path temp;

    private TorrentEditor editor;

    @AfterEach
    void cleanUp() throws Exception {
        if (editor != null) {
            Workbench.page().closeEditor(editor, false);
        }
        Workbench.removeAllTorrents();
    }

    @Test
    void itShowsWhatTheTorrentHolds() throws Exception {
        Path file = createTorrent();
        Torrent torrent = new TorrentParser().parse(file);
        open(file);

        OverviewPage overview = (OverviewPage) showPage(OverviewPage.ID);
        List<String> labels = Workbench.labelTexts(overview.getPartControl());
        assertTrue(labels.contains("album"), labels::toString);
        assertTrue(labels.contains(Sizes.format(torrent.totalLength()) + " (" + Sizes.exact(torrent.totalLength()) + " bytes) in 2 files"),
                labels::toString);
        assertTrue(labels.contains(torrent.pieceCount() + " \u00d7 16.0 KiB"), labels::toString);
        assertTrue(labels.contains("None: the file is well formed."), labels::toString);
        assertEquals("first comment", overview.commentField().getText());
        assertEquals(torrent.infoHash().hex(), overview.infoHashField().getText());
        press(button(overview.getPartControl(), "Copy"));
        Clipboard clipboard = new Clipboard(Display.getCurrent());
        try {
            assertEquals(torrent.infoHash().hex(), clipboard.getContents(TextTransfer.getInstance()));
        } finally {
            clipboard.dispose();
        }

        FilesPage files = (FilesPage) showPage(FilesPage.ID);
        TreeItem folder = files.tree().getItem(0);
        assertEquals(List.of("album", Sizes.format(150_000)), List.of(folder.getText(0), folder.getText(1)));
        assertEquals(List.of("a.bin", "sub"), List.of(folder.getItem(0).getText(0), folder.getItem(1).getText(0)));
        assertEquals(Sizes.format(50_000), folder.getItem(1).getText(1));

        TrackersPage trackers = (TrackersPage) showPage(TrackersPage.ID);
        TreeItem tier = trackers.viewer().getTree().getItem(0);
        assertEquals(List.of("Tier 1", TRACKER), List.of(tier.getText(), tier.getItem(0).getText()));

        PieceHashesPage pieces = (PieceHashesPage) showPage(PieceHashesPage.ID);
        assertEquals(torrent.pieceCount(), pieces.table().getItemCount());
        assertEquals(HexFormat.of().formatHex(torrent.pieces().hash(0)), pieces.table().getItem(0).getText(1));
        int last = torrent.pieceCount() - 1;
        assertEquals(Sizes.exact(last * 16_384L) + " \u2013 " + Sizes.exact(150_000 - 1), pieces.table().getItem(last).getText(2));
    }

    @Test
    void editedTrackersWebSeedsAndCommentAreSavedWithTheSameInfoHash() throws Exception {
        Path file = createTorrent();
        Torrent before = new TorrentParser().parse(file);
        open(file);

        OverviewPage overview = (OverviewPage) showPage(OverviewPage.ID);
        overview.commentField().setText("second comment");
        assertTrue(editor.isDirty());

        TrackersPage trackers = (TrackersPage) showPage(TrackersPage.ID);
        trackers.viewer().setSelection(new StructuredSelection(new TrackersPage.Url(0, 0, TRACKER)));
        assertEquals(TRACKER, trackers.urlField().getText(), "selecting a URL puts it into the field");
        assertFalse(trackers.buttons().get(0).isEnabled() || trackers.buttons().get(1).isEnabled(), "a URL is added only once");
        trackers.urlField().setText("ftp://127.0.0.1/announce");
        ScrolledForm form = trackers.getManagedForm().getForm();
        assertEquals(IMessageProvider.ERROR, form.getMessageType());
        assertTrue(form.getMessage().contains("ftp://127.0.0.1/announce"), form.getMessage());
        assertFalse(trackers.buttons().get(2).isEnabled(), "Replace waits for a valid URL");
        trackers.urlField().setText(EDITED_TRACKER);
        assertEquals(IMessageProvider.NONE, form.getMessageType());
        press(trackers.buttons().get(2)); // Replace
        trackers.urlField().setText(UDP_TRACKER);
        press(trackers.buttons().get(1)); // Add as New Tier
        assertEquals(List.of("Tier 1", "Tier 2"), List.of(trackers.viewer().getTree().getItem(0).getText(),
                trackers.viewer().getTree().getItem(1).getText()));

        WebSeedsPage webSeeds = (WebSeedsPage) showPage(WebSeedsPage.ID);
        webSeeds.urlField().setText(WEB_SEED);
        press(webSeeds.buttons().get(0)); // Add
        assertEquals(1, webSeeds.viewer().getTable().getItemCount());

        editor.doSave(null);
        Workbench.awaitUi("the editor saved", () -> !editor.isDirty());

        Torrent after = new TorrentParser().parse(file);
        assertEquals(before.infoHash(), after.infoHash());
        assertArrayEquals(before.infoBytes(), after.infoBytes());
        assertEquals(List.of(List.of(EDITED_TRACKER), List.of(UDP_TRACKER)), after.trackers());
        assertEquals(List.of(WEB_SEED), after.webSeeds());
        assertEquals(Optional.of("second comment"), after.comment());
    }

    @Test
    void aFileThatIsNoTorrentOpensAsAPageNamingTheProblem() throws Exception {
        Path file = Files.writeString(temp.resolve("broken.torrent"), "this is not bencode");
        open(file);

        IFormPage page = editor.getActivePageInstance();
        ScrolledForm form = page.getManagedForm().getForm();
        assertEquals("Cannot open broken.torrent", form.getText());
        assertEquals(IMessageProvider.ERROR, form.getMessageType());
        assertTrue(form.getMessage().startsWith("not a valid .torrent file"), form.getMessage());
        assertTrue(Workbench.labelTexts(page.getPartControl()).contains(form.getMessage()));
        assertFalse(editor.isSaveAsAllowed());
    }

    @Test
    void theParsersWarningsAreProblemsOfTheEditor() throws Exception {
        byte[] content = new byte[30_000];
        new Random(9).nextBytes(content);
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        sha1.update(content, 0, 20_000);
        byte[] first = sha1.digest();
        sha1.update(content, 20_000, 10_000);
        ByteArrayOutputStream torrent = new ByteArrayOutputStream();
        torrent.writeBytes("d4:infod6:lengthi30000e4:name5:x.bin12:piece lengthi20000e6:pieces40:".getBytes(StandardCharsets.US_ASCII));
        torrent.writeBytes(first);
        torrent.writeBytes(sha1.digest());
        torrent.writeBytes("ee".getBytes(StandardCharsets.US_ASCII));
        open(Files.write(temp.resolve("odd.torrent"), torrent.toByteArray()));

        OverviewPage overview = (OverviewPage) showPage(OverviewPage.ID);
        ScrolledForm form = overview.getManagedForm().getForm();
        assertEquals(IMessageProvider.WARNING, form.getMessageType());
        assertEquals("the piece length 20000 is not a power of two", form.getMessage());
        assertTrue(Workbench.labelTexts(overview.problemsSection()).contains("the piece length 20000 is not a power of two"));
    }

    @Test
    void downloadAddsTheTorrentToTheSessionAndStartsIt() throws Exception {
        Path file = createTorrent();
        Torrent torrent = new TorrentParser().parse(file);
        open(file);

        editor.download();
        AddTorrentDialog dialog = Workbench.awaitAddTorrentDialog();
        dialog.folderField().setText(temp.resolve("downloads").toString());
        dialog.addButton().notifyListeners(SWT.Selection, new Event());

        Workbench.awaitUi("the torrent in the session", () -> sessionHas(torrent));
        Workbench.awaitUi("its download started", () -> WorkbenchSession.transferJobs().stream()
                .anyMatch(job -> job.getName().equals("Downloading album")));
        WorkbenchSession.get().remove(WorkbenchSession.get().find(torrent.infoHash()).orElseThrow(), false);
        Workbench.awaitUi("its transfer job ended with its removal", () -> WorkbenchSession.transferJobs().isEmpty());
    }

    private static boolean sessionHas(Torrent torrent) {
        try {
            return WorkbenchSession.get().find(torrent.infoHash()).isPresent();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A torrent of a folder of two files (100,000 and 50,000 bytes) in pieces of 16 KiB, with a tracker and a comment. */
    private Path createTorrent() throws Exception {
        Path album = Files.createDirectories(temp.resolve("album/sub")).getParent();
        Random random = new Random(3);
        byte[] a = new byte[100_000];
        byte[] b = new byte[50_000];
        random.nextBytes(a);
        random.nextBytes(b);
        Files.write(album.resolve("a.bin"), a);
        Files.write(album.resolve("sub/b.bin"), b);
        CreateOptions options = CreateOptions.of(album).withPieceLength(16_384).withTrackers(List.of(List.of(TRACKER)))
                .withComment("first comment");
        CreatedTorrent created = new TorrentCreator(1).create(options, CreateProgress.NONE);
        Path file = temp.resolve("album.torrent");
        TorrentCreator.write(created, file, false);
        return file;
    }

    private void open(Path file) throws Exception {
        editor = (TorrentEditor) OpenTorrentFileHandler.open(Workbench.page(), file);
        Job.getJobManager().join(TorrentEditor.JOB_FAMILY, null);
        Workbench.awaitUi("the file read", () -> !"notice".equals(editor.getActivePageInstance().getId())
                || editor.getActivePageInstance().getManagedForm().getForm().getMessageType() == IMessageProvider.ERROR);
    }

    private IFormPage showPage(String id) {
        IFormPage page = editor.setActivePage(id);
        Workbench.processEvents();
        return page;
    }

    private static void press(Button button) {
        assertTrue(button.isEnabled(), button.getText() + " is enabled");
        button.notifyListeners(SWT.Selection, null);
        Workbench.processEvents();
    }

    /** The first button under the control with this text. */
    private static Button button(Control control, String text) {
        return findButton(control, text).orElseThrow(() -> new AssertionError("no button '" + text + "'"));
    }

    private static Optional<Button> findButton(Control control, String text) {
        if (control instanceof Button button && text.equals(button.getText())) {
            return Optional.of(button);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Optional<Button> found = findButton(child, text);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
