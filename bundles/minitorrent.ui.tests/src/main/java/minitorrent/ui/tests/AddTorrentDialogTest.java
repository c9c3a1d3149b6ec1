package minitorrent.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.DropTargetListener;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import minitorrent.engine.FilePriority;
import minitorrent.engine.FileSnapshot;
import minitorrent.engine.Session;
import minitorrent.engine.TorrentHandle;
import minitorrent.engine.TorrentSnapshot;
import minitorrent.engine.TorrentState;
import minitorrent.metainfo.CreateOptions;
import minitorrent.metainfo.CreateProgress;
import minitorrent.metainfo.CreatedTorrent;
import minitorrent.metainfo.TorrentCreator;
import minitorrent.ui.MiniTorrentUi;
import minitorrent.ui.internal.engine.WorkbenchSession;
import minitorrent.ui.internal.views.AddTorrentDialog;
import minitorrent.ui.internal.views.TorrentAdder;
import minitorrent.ui.internal.views.TorrentsView;

/**
 * Adding a .torrent file as a user does, from the Add action's flow or by dropping the file on the
 * Torrents view: the dialog asks where, which files and whether to start, and the session gets
 * exactly that.
 */
class AddTorrentDialogTest {

    @TempDir
    Path temp;

    private Path torrentFile;
    private CreatedTorrent created;

    @BeforeEach
    void makeTorrent() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("album"));
        Random random = new Random(9);
        for (String name : new String[] {"01 intro.flac", "02 song.flac", "cover.jpg"}) {
            byte[] bytes = new byte[50_000];
            random.nextBytes(bytes);
            Files.write(folder.resolve(name), bytes);
        }
        created = new TorrentCreator().create(CreateOptions.of(folder).withPieceLength(16 * 1024), CreateProgress.NONE);
        torrentFile = temp.resolve("album.torrent");
        Files.write(torrentFile, created.bytes());
    }

    @AfterEach
    void cleanUp() throws Exception {
        for (Shell shell : Workbench.window().getShell().getDisplay().getShells()) {
            if (shell.getData(AddTorrentDialog.class.getName()) != null) {
                shell.close();
            }
        }
        Workbench.removeAllTorrents();
    }

    /** Unchecks a file's box as a click does: the tree item changes and the viewer hears a check event. */
    private static void uncheck(AddTorrentDialog dialog, String name) {
        TreeItem folder = dialog.fileTree().getTree().getItem(0);
        TreeItem file = Arrays.stream(folder.getItems()).filter(item -> item.getText(0).equals(name)).findFirst().orElseThrow();
        file.setChecked(false);
        Event click = new Event();
        click.item = file;
        click.detail = SWT.CHECK;
        dialog.fileTree().getTree().notifyListeners(SWT.Selection, click);
    }

    @Test
    void theChosenFolderFilesAndPausedStateAreWhatTheSessionGets() throws Exception {
        TorrentAdder.addFile(Workbench.window().getShell(), torrentFile);
        AddTorrentDialog dialog = Workbench.awaitAddTorrentDialog();
        assertEquals("Add Torrent", dialog.getShell().getText());
        assertTrue(Workbench.labelTexts(dialog.getShell()).contains("album"), "the title names the torrent");

        Path target = temp.resolve("downloads/music"); // not there yet: Add makes it
        dialog.folderField().setText(target.toString());
        uncheck(dialog, "02 song.flac");
        dialog.startNowButton().setSelection(false);
        assertTrue(Workbench.labelTexts(dialog.getShell()).contains("2 of 3 files, 97.7 KiB"),
                Workbench.labelTexts(dialog.getShell()).toString());
        assertTrue(dialog.addButton().isEnabled());
        dialog.addButton().notifyListeners(SWT.Selection, new Event());

        Session session = WorkbenchSession.get();
        Workbench.awaitUi("the torrent in the session", () -> session.find(created.torrent().infoHash()).isPresent());
        TorrentHandle handle = session.find(created.torrent().infoHash()).orElseThrow();
        assertEquals(TorrentState.PAUSED, handle.snapshot().state());
        assertEquals(target, handle.snapshot().downloadPath());
        assertTrue(Files.isDirectory(target));
        assertEquals(List.of(FilePriority.NORMAL, FilePriority.SKIP, FilePriority.NORMAL),
                handle.files().stream().map(FileSnapshot::priority).toList());
    }

    @Test
    void aFolderThatIsAFileDisablesAddAndSaysWhy() throws Exception {
        TorrentAdder.addFile(Workbench.window().getShell(), torrentFile);
        AddTorrentDialog dialog = Workbench.awaitAddTorrentDialog();
        dialog.folderField().setText(torrentFile.toString());
        assertFalse(dialog.addButton().isEnabled());
        assertEquals("'" + torrentFile + "' is a file, not a folder.", dialog.getMessage());
        dialog.folderField().setText(temp.toString());
        assertTrue(dialog.addButton().isEnabled());
    }

    @Test
    void aTorrentFileDroppedOnTheTorrentsViewOpensTheDialog() throws Exception {
        TorrentsView view = (TorrentsView) Workbench.page().showView(MiniTorrentUi.TORRENTS_VIEW_ID);
        DropTarget target = (DropTarget) view.table().getData(DND.DROP_TARGET_KEY);
        assertTrue(Arrays.asList(target.getTransfer()).contains(FileTransfer.getInstance()), "the table takes files");

        // Ours, not the toolkit's own drag-over feedback for tables.
        List<DropTargetListener> ours = Arrays.stream(target.getDropListeners())
                .filter(listener -> listener.getClass().getName().startsWith("minitorrent.")).toList();
        assertEquals(1, ours.size(), Arrays.toString(target.getDropListeners()));
        ours.get(0).drop(dropOf(target, torrentFile.toString()));
        AddTorrentDialog dialog = Workbench.awaitAddTorrentDialog();
        dialog.folderField().setText(temp.resolve("dropped").toString());
        dialog.addButton().notifyListeners(SWT.Selection, new Event());
        Session session = WorkbenchSession.get();
        Workbench.awaitUi("the dropped torrent in the session", () -> session.find(created.torrent().infoHash()).isPresent());
        Workbench.awaitUi("the dropped torrent in the list", () -> view.table().getItemCount() == 1
                && view.table().getItem(0).getData() instanceof TorrentSnapshot row
                && row.infoHash().equals(created.torrent().infoHash()));
    }

    /**
     * The event the toolkit hands a drop listener when files are dropped. SWT builds it from an event
     * class of its own package, so the test makes one the same way.
     */
    private static DropTargetEvent dropOf(DropTarget target, String... paths) throws Exception {
        Class<?> dndEventClass = Class.forName("org.eclipse.swt.dnd.DNDEvent");
        Constructor<?> constructor = dndEventClass.getDeclaredConstructor();
        constructor.setAccessible(true);
        Event event = (Event) constructor.newInstance();
        event.widget = target;
        event.display = target.getDisplay();
        event.data = paths;
        Constructor<DropTargetEvent> wrap = DropTargetEvent.class.getConstructor(dndEventClass);
        return wrap.newInstance(event);
    }
}
