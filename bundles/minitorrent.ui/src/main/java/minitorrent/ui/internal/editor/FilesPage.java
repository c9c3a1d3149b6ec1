package minitorrent.ui.internal.editor;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

import minitorrent.engine.Sizes;
import minitorrent.metainfo.Torrent;
import minitorrent.ui.internal.Messages;
import minitorrent.ui.internal.views.TableColumns;
import minitorrent.ui.internal.views.TreeContent;

/** The Files page: the torrent's folders and files with their sizes, read-only (the info dictionary fixes them). */
public final class FilesPage extends TorrentFormPage {

    public static final String ID = "files";

    private TreeViewer viewer;

    FilesPage(TorrentEditor editor, TorrentDocument document) {
        super(editor, ID, Messages.Files_tab, document);
    }

    @Override
    protected void createContent(IManagedForm managedForm, Composite body) {
        FormToolkit toolkit = managedForm.getToolkit();
        Torrent torrent = document.torrent();
        List<FileTreeNode> roots = FileTreeNode.tree(torrent);
        long files = torrent.files().stream().filter(file -> !file.padFile()).count();
        Composite client = section(toolkit, body, Messages.Files_section, NLS.bind(Messages.Files_description,
                Sizes.format(torrent.totalLength()), files == 1 ? Messages.Overview_oneFile : NLS.bind(Messages.Overview_files, files)), true);
        GridLayoutFactory.swtDefaults().applyTo(client);
        viewer = new TreeViewer(toolkit.createTree(client, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER));
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 300).applyTo(viewer.getTree());
        viewer.setContentProvider(new TreeContent<FileTreeNode>(() -> roots, FileTreeNode::children, FileTreeNode::isFolder));
        TableColumns.<FileTreeNode>add(viewer, Messages.Files_columnName, 460, SWT.LEFT, FileTreeNode::name);
        TableColumns.<FileTreeNode>add(viewer, Messages.Files_columnSize, 110, SWT.RIGHT, node -> Sizes.format(node.length()));
        viewer.setInput(roots);
        viewer.expandToLevel(2);
    }

    /** The tree of files, for tests. */
    public Tree tree() {
        return viewer.getTree();
    }
}
