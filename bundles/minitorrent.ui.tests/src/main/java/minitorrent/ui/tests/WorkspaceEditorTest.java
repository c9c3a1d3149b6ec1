package minitorrent.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import minitorrent.metainfo.CreateOptions;
import minitorrent.metainfo.CreateProgress;
import minitorrent.metainfo.Torrent;
import minitorrent.metainfo.TorrentCreator;
import minitorrent.metainfo.TorrentParser;
import minitorrent.ui.internal.editor.OverviewPage;
import minitorrent.ui.internal.editor.TorrentEditor;

/**
 * The Torrent Editor inside an Eclipse IDE: a .torrent file of a workspace project opens in it as
 * the IDE opens any file (the editor chosen by its content type), and a save leaves the workspace
 * in sync with the file, keeping the info hash.
 */
class WorkspaceEditorTest {

    @TempDir
    Path temp;

    private final IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("minitorrent-workspace-test");
    private IEditorPart editor;

    @AfterEach
    void cleanUp() throws Exception {
        if (editor != null) {
            Workbench.page().closeEditor(editor, false);
        }
        project.delete(true, true, null);
    }

    @Test
    void aTorrentFileOfAProjectOpensInTheTorrentEditorAndSavesInSync() throws Exception {
        Files.write(temp.resolve("notes.txt"), new byte[40_000]);
        Path made = temp.resolve("notes.torrent");
        TorrentCreator.write(new TorrentCreator().create(CreateOptions.of(temp.resolve("notes.txt")).withPieceLength(16_384)
                .withTrackers(List.of(List.of("http://127.0.0.1:6969/announce"))), CreateProgress.NONE), made, false);
        Torrent before = new TorrentParser().parse(made);
        project.create(null);
        project.open(null);
        IFile file = project.getFile("notes.torrent");
        try (InputStream in = Files.newInputStream(made)) {
            file.create(in, true, null);
        }

        editor = IDE.openEditor(Workbench.page(), file);
        TorrentEditor torrentEditor = assertInstanceOf(TorrentEditor.class, editor, "the IDE chose our editor for a .torrent file");
        Job.getJobManager().join(TorrentEditor.JOB_FAMILY, null);
        Workbench.awaitUi("the file read", () -> OverviewPage.ID.equals(torrentEditor.getActivePageInstance().getId()));
        OverviewPage overview = (OverviewPage) torrentEditor.getActivePageInstance();
        assertEquals(before.infoHash().hex(), overview.infoHashField().getText());

        overview.commentField().setText("edited in the IDE");
        assertTrue(editor.isDirty());
        editor.doSave(null);
        Workbench.processEvents();

        assertFalse(editor.isDirty());
        assertTrue(file.isSynchronized(IResource.DEPTH_ZERO), "the workspace knows of the save");
        Torrent after;
        try (InputStream in = file.getContents()) {
            after = new TorrentParser().parse(in.readAllBytes());
        }
        assertEquals(Optional.of("edited in the IDE"), after.comment());
        assertEquals(before.infoHash(), after.infoHash());
    }
}
