package minitorrent.ui.internal.views;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;

import minitorrent.engine.FilePriority;
import minitorrent.engine.FileSnapshot;
import minitorrent.engine.Sizes;
import minitorrent.engine.TorrentHandle;
import minitorrent.ui.internal.Messages;

/**
 * The Files view: the selected torrent's files as a tree of folders with size, progress and
 * priority; the context menu sets the priority (High, Normal, Skip) of the selected files and
 * folders, which the engine applies at once.
 */
public final class FilesView extends SelectedTorrentView<List<FileSnapshot>> {

    private TreeViewer viewer;
    private List<FileNode> roots = List.of();
    private TorrentHandle shownTorrent;

    @Override
    protected void createContent(Composite composite) {
        viewer = new TreeViewer(composite, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        viewer.setContentProvider(new TreeContent<FileNode>(() -> roots, FileNode::children, FileNode::isFolder));
        TableColumns.<FileNode>add(viewer, Messages.FilesView_columnName, 320, SWT.LEFT, FileNode::name);
        TableColumns.<FileNode>add(viewer, Messages.FilesView_columnSize, 90, SWT.RIGHT, node -> Sizes.format(node.length()));
        TableColumns.<FileNode>add(viewer, Messages.FilesView_columnProgress, 80, SWT.RIGHT,
                node -> String.format(Locale.ROOT, "%.1f%%", 100 * node.progress()));
        TableColumns.<FileNode>add(viewer, Messages.FilesView_columnPriority, 90, SWT.LEFT, FilesView::priorityText);
        MenuManager menu = new MenuManager();
        menu.add(priorityAction(Messages.FilesView_priorityHigh, FilePriority.HIGH));
        menu.add(priorityAction(Messages.FilesView_priorityNormal, FilePriority.NORMAL));
        menu.add(priorityAction(Messages.FilesView_prioritySkip, FilePriority.SKIP));
        viewer.getTree().setMenu(menu.createContextMenu(viewer.getTree()));
        viewer.setInput(roots);
    }

    /** A node's priority as the Priority column says it ("Mixed" for a folder whose files differ). */
    static String priorityText(FileNode node) {
        FilePriority priority = node.priority();
        return priority == null ? Messages.FilesView_priorityMixed : priorityText(priority);
    }

    static String priorityText(FilePriority priority) {
        return switch (priority) {
            case HIGH -> Messages.FilesView_priorityHigh;
            case NORMAL -> Messages.FilesView_priorityNormal;
            case SKIP -> Messages.FilesView_prioritySkip;
        };
    }

    private Action priorityAction(String text, FilePriority priority) {
        return new Action(text) {
            @Override
            public void run() {
                setPriority(priority);
            }
        };
    }

    /** Gives the selected files (and the files under selected folders) this priority. */
    public void setPriority(FilePriority priority) {
        selected().ifPresent(handle -> {
            for (Object element : viewer.getStructuredSelection().toList()) {
                for (int index : ((FileNode) element).fileIndexes()) {
                    handle.setFilePriority(index, priority);
                }
            }
            show(handle.files());
        });
    }

    @Override
    protected List<FileSnapshot> fetch(TorrentHandle handle) {
        return handle.files();
    }

    @Override
    protected void show(List<FileSnapshot> files) {
        TorrentHandle handle = selected().orElse(null);
        if (files == null || handle == null) {
            roots = List.of();
            shownTorrent = null;
            viewer.setInput(roots);
            return;
        }
        if (handle != shownTorrent) {
            shownTorrent = handle;
            roots = FileNode.tree(handle.torrent().name(), handle.torrent().isMultiFile(), files);
            viewer.setInput(roots);
            viewer.expandToLevel(2);
        } else {
            roots.forEach(root -> root.update(files));
            viewer.refresh(true);
        }
    }

    /** The tree of files, for tests. */
    public Tree tree() {
        return viewer.getTree();
    }

    /** The tree's viewer, for tests that select nodes. */
    public TreeViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
