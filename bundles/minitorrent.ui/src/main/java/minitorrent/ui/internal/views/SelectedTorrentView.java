package minitorrent.ui.internal.views;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

import minitorrent.engine.TorrentHandle;
import minitorrent.engine.TorrentSnapshot;
import minitorrent.ui.MiniTorrentUi;
import minitorrent.ui.internal.engine.WorkbenchSession;

/**
 * A view about the torrent selected in the Torrents view (the first one, when several are): it
 * follows the selection and, every second, fetches its data off the UI thread and shows it.
 *
 * @param <T> what the view fetches from the torrent's handle
 */
abstract class SelectedTorrentView<T> extends ViewPart {

    private static final long REFRESH_MILLIS = 1000;

    private final ISelectionListener selectionListener = this::selectionChanged;
    private volatile TorrentHandle selected;
    private Composite parent;
    private Job poller;

    @Override
    public final void createPartControl(Composite composite) {
        parent = composite;
        createContent(composite);
        getSite().getWorkbenchWindow().getSelectionService().addPostSelectionListener(MiniTorrentUi.TORRENTS_VIEW_ID,
                selectionListener);
        selectionChanged(null, null);
        poller = Job.create(getPartName(), (IProgressMonitor monitor) -> poll());
        poller.setSystem(true);
        poller.schedule();
    }

    /** Builds the view's widgets. */
    protected abstract void createContent(Composite composite);

    /** Fetches what the view shows; runs off the UI thread. */
    protected abstract T fetch(TorrentHandle handle);

    /**
     * Fetches what the view shows while no torrent is selected; runs off the UI thread. By
     * default nothing (null): the view shows its empty content.
     */
    protected T fetchUnselected() {
        return null;
    }

    /** Shows what was fetched, or the view's empty content when nothing was (null). On the UI thread. */
    protected abstract void show(T data);

    /** The torrent the view follows now, if any. */
    protected final Optional<TorrentHandle> selected() {
        return Optional.ofNullable(selected);
    }

    /**
     * Follows the Torrents view's selection, asked of the view itself: the workbench's selection
     * service keeps the last selection a part reported while it was active, which can be stale.
     */
    private void selectionChanged(IWorkbenchPart part, ISelection ignored) {
        TorrentHandle handle = null;
        List<TorrentSnapshot> chosen = getSite().getPage().findView(MiniTorrentUi.TORRENTS_VIEW_ID) instanceof TorrentsView torrents
                ? torrents.selectedTorrents() : List.of();
        if (!chosen.isEmpty()) {
            try {
                handle = WorkbenchSession.get().find(chosen.get(0).infoHash()).orElse(null);
            } catch (Exception e) {
                handle = null;
            }
        }
        if (handle != selected) {
            selected = handle;
            if (poller != null) {
                poller.schedule();
            }
        }
    }

    private IStatus poll() {
        TorrentHandle handle = selected;
        T data;
        try {
            data = handle == null ? fetchUnselected() : fetch(handle);
        } catch (RuntimeException gone) {
            data = null; // removed meanwhile
        }
        T shown = data;
        if (!parent.isDisposed()) {
            parent.getDisplay().asyncExec(() -> {
                if (parent.isDisposed()) {
                    return;
                }
                // A selection event can be missed (the view was hidden, or built meanwhile): look again.
                selectionChanged(null, null);
                if (selected == handle) {
                    show(shown);
                }
            });
            poller.schedule(REFRESH_MILLIS);
        }
        return Status.OK_STATUS;
    }

    @Override
    public void dispose() {
        getSite().getWorkbenchWindow().getSelectionService().removePostSelectionListener(MiniTorrentUi.TORRENTS_VIEW_ID,
                selectionListener);
        if (poller != null) {
            poller.cancel();
        }
        super.dispose();
    }
}
