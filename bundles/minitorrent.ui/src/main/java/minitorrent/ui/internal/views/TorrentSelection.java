package minitorrent.ui.internal.views;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;

import minitorrent.engine.TorrentSnapshot;

/**
 * The Torrents view's selection as the workbench sees it: the snapshots of the selected rows,
 * taken from the view's rows rather than from the table's items. A virtual table drops its items'
 * data at every refresh, so the viewer's own selection would read as empty between refreshes and
 * paints, and the detail views would lose the torrent.
 */
final class TorrentSelection implements IPostSelectionProvider {

    private final StructuredViewer viewer;
    private final Supplier<List<TorrentSnapshot>> selected;
    private final Map<ISelectionChangedListener, ISelectionChangedListener> listeners = new HashMap<>();
    private final Map<ISelectionChangedListener, ISelectionChangedListener> postListeners = new HashMap<>();

    TorrentSelection(StructuredViewer viewer, Supplier<List<TorrentSnapshot>> selected) {
        this.viewer = viewer;
        this.selected = selected;
    }

    @Override
    public ISelection getSelection() {
        return new StructuredSelection(selected.get());
    }

    @Override
    public void setSelection(ISelection selection) {
        viewer.setSelection(selection);
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        viewer.addSelectionChangedListener(listeners.computeIfAbsent(listener, this::translated));
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        ISelectionChangedListener inner = listeners.remove(listener);
        if (inner != null) {
            viewer.removeSelectionChangedListener(inner);
        }
    }

    @Override
    public void addPostSelectionChangedListener(ISelectionChangedListener listener) {
        viewer.addPostSelectionChangedListener(postListeners.computeIfAbsent(listener, this::translated));
    }

    @Override
    public void removePostSelectionChangedListener(ISelectionChangedListener listener) {
        ISelectionChangedListener inner = postListeners.remove(listener);
        if (inner != null) {
            viewer.removePostSelectionChangedListener(inner);
        }
    }

    private ISelectionChangedListener translated(ISelectionChangedListener listener) {
        return event -> listener.selectionChanged(new SelectionChangedEvent(this, getSelection()));
    }
}
