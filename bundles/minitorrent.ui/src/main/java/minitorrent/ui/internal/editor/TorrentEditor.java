package minitorrent.ui.internal.editor;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.IFormPage;

import minitorrent.metainfo.InvalidTorrentException;
import minitorrent.metainfo.MetainfoEdits;
import minitorrent.ui.internal.Messages;
import minitorrent.ui.internal.views.TorrentAdder;

/**
 * The Torrent Editor: a .torrent file as form pages (Overview, Files, Trackers, Web Seeds, Piece
 * Hashes). The file is read and parsed in a Job; until then a page says so, and a file that cannot
 * be read or is no valid torrent opens as a page naming the problem. Only what lives outside the
 * info dictionary can be edited, so saving never changes the info hash.
 */
public final class TorrentEditor extends FormEditor {

    public static final String ID = "minitorrent.ui.editors.torrent";

    /** The family of the Job that reads the file, for tests that wait for it. */
    public static final Object JOB_FAMILY = TorrentEditor.class;

    static final String ICON = "icons/torrent-file.png";

    private Path file;
    private TorrentDocument document;
    private Action download;
    private boolean disposed;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        Path path = TorrentFileInput.pathOf(input)
                .orElseThrow(() -> new PartInitException(NLS.bind(Messages.Editor_noFile, input.getName())));
        super.init(site, input);
        file = path;
        setPartName(input.getName());
        setTitleToolTip(file.toString());
    }

    @Override
    protected void addPages() {
        // Text only: a form heading's toolbar puts an image above the text, which makes the heading tall.
        download = new Action(Messages.Editor_download) {
            @Override
            public void run() {
                download();
            }
        };
        download.setToolTipText(Messages.Editor_downloadTooltip);
        addFormPage(new NoticePage(this, NLS.bind(Messages.Editor_loading, file.getFileName()), "", IMessageProvider.NONE));
        read();
    }

    private void read() {
        Job job = new Job(NLS.bind(Messages.Editor_loadJob, file.getFileName())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    TorrentDocument read = TorrentDocument.read(file);
                    inUi(() -> show(read));
                } catch (IOException | InvalidTorrentException e) {
                    inUi(() -> showProblem(e.getMessage()));
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == JOB_FAMILY;
            }
        };
        job.schedule();
    }

    private void show(TorrentDocument read) {
        document = read;
        document.addListener(() -> firePropertyChange(PROP_DIRTY));
        replacePages(List.of(new OverviewPage(this, document), new FilesPage(this, document), new TrackersPage(this, document),
                new WebSeedsPage(this, document), new PieceHashesPage(this, document)));
    }

    private void showProblem(String problem) {
        replacePages(List.of(new NoticePage(this, NLS.bind(Messages.Editor_cannotOpen, file.getFileName()), problem,
                IMessageProvider.ERROR)));
    }

    private void replacePages(List<IFormPage> next) {
        while (getPageCount() > 0) {
            removePage(0);
        }
        next.forEach(this::addFormPage);
        setActivePage(0);
    }

    private void addFormPage(IFormPage page) {
        try {
            addPage(page);
        } catch (PartInitException e) {
            throw new IllegalStateException("a form page of the Torrent Editor failed to start: " + e.getMessage(), e);
        }
    }

    private void inUi(Runnable runnable) {
        getSite().getShell().getDisplay().asyncExec(() -> {
            if (!disposed) {
                runnable.run();
            }
        });
    }

    /** The toolbar action of every page's header. */
    Action downloadAction() {
        return download;
    }

    /** Offers the torrent for adding to the transfers, as the Add action does. */
    public void download() {
        TorrentAdder.add(getSite().getShell(), document.torrent());
    }

    @Override
    public boolean isDirty() {
        return document != null && document.isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return document != null;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        save(file);
    }

    @Override
    public void doSaveAs() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText(Messages.Editor_saveAsTitle);
        dialog.setFilterExtensions(new String[] {"*.torrent", "*"});
        dialog.setFilterPath(file.getParent().toString());
        dialog.setFileName(file.getFileName().toString());
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            saveAs(Path.of(chosen));
        }
    }

    /** Saves into another file, which this editor then edits. */
    public void saveAs(Path target) {
        if (save(target)) {
            file = target.toAbsolutePath();
            setInputWithNotify(new TorrentFileInput(file));
            setPartName(getEditorInput().getName());
            setTitleToolTip(file.toString());
        }
    }

    /**
     * Writes the edited torrent on a worker thread while the UI shows a busy cursor; a problem is
     * shown in a dialog naming it, and the editor stays dirty.
     */
    private boolean save(Path target) {
        if (document == null) {
            return false;
        }
        byte[] original = document.bytes();
        MetainfoEdits edits = document.edits();
        AtomicReference<TorrentDocument.Saved> saved = new AtomicReference<>();
        try {
            PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
                monitor.beginTask(NLS.bind(Messages.Editor_saving, target.getFileName()), IProgressMonitor.UNKNOWN);
                try {
                    saved.set(TorrentDocument.write(original, edits, target));
                } catch (IOException | InvalidTorrentException e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Editor_saveFailed, e.getCause().getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        document.saved(saved.get(), edits);
        WorkspaceFiles.refreshAfterSave(target);
        return true;
    }

    @Override
    public void dispose() {
        disposed = true;
        super.dispose();
    }
}
