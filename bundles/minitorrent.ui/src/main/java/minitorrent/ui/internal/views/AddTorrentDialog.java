package minitorrent.ui.internal.views;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.CheckboxTreeViewer;
import org.eclipse.jface.viewers.ICheckStateProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import minitorrent.engine.FilePriority;
import minitorrent.engine.FileSnapshot;
import minitorrent.engine.Sizes;
import minitorrent.metainfo.Torrent;
import minitorrent.ui.internal.Messages;

/**
 * Asks how to add a torrent before it starts: where its data goes, which files to fetch and with
 * which priority, and whether to start now or paused. It does not block: the choice is handed to
 * a callback when the user presses Add, so callers on any path (menu, drop, editor) share one flow.
 */
public final class AddTorrentDialog extends TitleAreaDialog {

    /** What the user chose. */
    public record Choice(Path folder, List<FilePriority> priorities, boolean paused) {
    }

    private final Torrent torrent;
    private final Path initialFolder;
    private final boolean initiallyPaused;
    private final Consumer<Choice> chosen;
    private final List<FilePriority> priorities;
    private List<FileNode> roots;
    private Text folder;
    private CheckboxTreeViewer files;
    private Label summary;
    private Button startNow;

    public AddTorrentDialog(Shell parent, Torrent torrent, Path initialFolder, boolean initiallyPaused, Consumer<Choice> chosen) {
        super(parent);
        this.torrent = torrent;
        this.initialFolder = initialFolder;
        this.initiallyPaused = initiallyPaused;
        this.chosen = chosen;
        this.priorities = new ArrayList<>(Collections.nCopies(torrent.files().size(), FilePriority.NORMAL));
        setBlockOnOpen(false);
        setHelpAvailable(false);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.AddTorrentDialog_title);
        shell.setData(AddTorrentDialog.class.getName(), this);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(torrent.name());
        Composite content = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(content);
        GridLayoutFactory.swtDefaults().numColumns(3).margins(10, 10).applyTo(content);

        new Label(content, SWT.NONE).setText(Messages.AddTorrentDialog_folder);
        folder = new Text(content, SWT.BORDER);
        folder.setText(initialFolder.toString());
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(folder);
        folder.addModifyListener(event -> validate());
        Button browse = new Button(content, SWT.PUSH);
        browse.setText(Messages.AddTorrentDialog_browse);
        browse.addListener(SWT.Selection, event -> browse());

        Label filesLabel = new Label(content, SWT.NONE);
        filesLabel.setText(Messages.AddTorrentDialog_files);
        GridDataFactory.fillDefaults().span(3, 1).indent(0, 6).applyTo(filesLabel);
        files = createFileTree(content);
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(SWT.DEFAULT, 240).applyTo(files.getControl());

        Composite selectButtons = new Composite(content, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(selectButtons);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(selectButtons);
        selectionButton(selectButtons, Messages.AddTorrentDialog_selectAll, FilePriority.NORMAL);
        selectionButton(selectButtons, Messages.AddTorrentDialog_selectNone, FilePriority.SKIP);
        summary = new Label(selectButtons, SWT.RIGHT);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.END, SWT.CENTER).applyTo(summary);

        startNow = new Button(content, SWT.CHECK);
        startNow.setText(Messages.AddTorrentDialog_startNow);
        startNow.setSelection(!initiallyPaused);
        GridDataFactory.fillDefaults().span(3, 1).indent(0, 6).applyTo(startNow);
        return area;
    }

    private CheckboxTreeViewer createFileTree(Composite parent) {
        CheckboxTreeViewer viewer = new CheckboxTreeViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getTree().setHeaderVisible(true);
        viewer.setContentProvider(new TreeContent<FileNode>(() -> roots, FileNode::children, FileNode::isFolder));
        viewer.setCheckStateProvider(new ICheckStateProvider() {
            @Override
            public boolean isChecked(Object element) {
                return ((FileNode) element).priority() != FilePriority.SKIP;
            }

            @Override
            public boolean isGrayed(Object element) {
                FileNode node = (FileNode) element;
                return node.priority() == null && node.fileIndexes().stream().anyMatch(i -> priorities.get(i) == FilePriority.SKIP);
            }
        });
        viewer.addCheckStateListener(event -> setPriority(List.of(event.getElement()),
                event.getChecked() ? FilePriority.NORMAL : FilePriority.SKIP));
        TableColumns.<FileNode>add(viewer, Messages.FilesView_columnName, 320, SWT.LEFT, FileNode::name);
        TableColumns.<FileNode>add(viewer, Messages.FilesView_columnSize, 90, SWT.RIGHT, node -> Sizes.format(node.length()));
        TableColumns.<FileNode>add(viewer, Messages.FilesView_columnPriority, 90, SWT.LEFT, FilesView::priorityText);
        MenuManager menu = new MenuManager();
        for (FilePriority priority : new FilePriority[] {FilePriority.HIGH, FilePriority.NORMAL, FilePriority.SKIP}) {
            menu.add(new Action(FilesView.priorityText(priority)) {
                @Override
                public void run() {
                    setPriority(viewer.getStructuredSelection().toList(), priority);
                }
            });
        }
        viewer.getTree().setMenu(menu.createContextMenu(viewer.getTree()));
        roots = FileNode.tree(torrent.name(), torrent.isMultiFile(), snapshots());
        viewer.setInput(roots);
        viewer.expandToLevel(2);
        return viewer;
    }

    private void selectionButton(Composite parent, String text, FilePriority priority) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, event -> setPriority(new ArrayList<>(roots), priority));
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.AddTorrentDialog_add, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    /** The torrent's files as the tree reads them: their lengths and the priorities chosen so far. */
    private List<FileSnapshot> snapshots() {
        List<FileSnapshot> snapshots = new ArrayList<>(priorities.size());
        for (int i = 0; i < priorities.size(); i++) {
            var file = torrent.files().get(i);
            snapshots.add(new FileSnapshot(file.pathString(), file.length(), 0, priorities.get(i)));
        }
        return snapshots;
    }

    private void setPriority(List<?> nodes, FilePriority priority) {
        for (Object node : nodes) {
            ((FileNode) node).fileIndexes().forEach(index -> priorities.set(index, priority));
        }
        List<FileSnapshot> latest = snapshots();
        roots.forEach(root -> root.update(latest));
        files.refresh(true);
        validate();
    }

    private void browse() {
        DirectoryDialog dialog = new DirectoryDialog(getShell());
        dialog.setText(Messages.TorrentsView_addFolderTitle);
        dialog.setMessage(Messages.TorrentsView_addFolderMessage);
        dialog.setFilterPath(folder.getText());
        String picked = dialog.open();
        if (picked != null) {
            folder.setText(picked);
        }
    }

    /** Shows what is chosen and whether it can be added; an unusable folder disables Add and says why. */
    private void validate() {
        if (summary == null || getButton(IDialogConstants.OK_ID) == null) {
            return;
        }
        int wantedFiles = 0;
        long wantedBytes = 0;
        for (int i = 0; i < priorities.size(); i++) {
            if (priorities.get(i) != FilePriority.SKIP) {
                wantedFiles++;
                wantedBytes += torrent.files().get(i).length();
            }
        }
        summary.setText(Messages.format(Messages.AddTorrentDialog_summary, wantedFiles, priorities.size(), Sizes.format(wantedBytes)));
        summary.getParent().layout();
        String problem = folderProblem();
        getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
        if (problem != null) {
            setMessage(problem, IMessageProvider.ERROR);
        } else if (wantedFiles == 0) {
            setMessage(Messages.AddTorrentDialog_nothingSelected, IMessageProvider.WARNING);
        } else {
            long free = usableSpace(Path.of(folder.getText().trim()));
            String sizes = Messages.AddTorrentDialog_sizes.replace("{0}", Sizes.format(wantedBytes))
                    .replace("{1}", Sizes.format(torrent.totalLength())).replace("{2}", free < 0 ? "?" : Sizes.format(free));
            setMessage(sizes, free >= 0 && free < wantedBytes ? IMessageProvider.WARNING : IMessageProvider.NONE);
        }
    }

    /** Why the folder cannot take the data, or null when it can (a missing folder is made on Add). */
    private String folderProblem() {
        String text = folder.getText().trim();
        if (text.isEmpty()) {
            return Messages.AddTorrentDialog_folderMissing;
        }
        try {
            Path path = Path.of(text);
            if (!path.isAbsolute()) {
                return Messages.AddTorrentDialog_folderRelative.replace("{0}", text);
            }
            if (Files.exists(path) && !Files.isDirectory(path)) {
                return Messages.AddTorrentDialog_folderIsFile.replace("{0}", text);
            }
            return null;
        } catch (InvalidPathException e) {
            return Messages.AddTorrentDialog_folderInvalid.replace("{0}", text).replace("{1}", e.getReason());
        }
    }

    /** The usable space where the folder is (or would be made), or -1 when that cannot be told. */
    private static long usableSpace(Path folder) {
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing == null ? -1 : Files.getFileStore(existing).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    protected void okPressed() {
        Path target = Path.of(folder.getText().trim());
        try {
            Files.createDirectories(target);
        } catch (IOException e) {
            setMessage(Messages.AddTorrentDialog_folderCannotCreate.replace("{0}", target.toString()).replace("{1}",
                    String.valueOf(e.getMessage())), IMessageProvider.ERROR);
            return;
        }
        Choice choice = new Choice(target, List.copyOf(priorities), !startNow.getSelection());
        super.okPressed();
        chosen.accept(choice);
    }

    /** The folder field, for tests. */
    public Text folderField() {
        return folder;
    }

    /** The file tree, for tests. */
    public CheckboxTreeViewer fileTree() {
        return files;
    }

    /** The "start now" check box, for tests. */
    public Button startNowButton() {
        return startNow;
    }

    /** The Add button, for tests. */
    public Button addButton() {
        return getButton(IDialogConstants.OK_ID);
    }
}
