package minitorrent.ui.internal.views;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;

import minitorrent.engine.PeerSnapshot;
import minitorrent.engine.Sizes;
import minitorrent.engine.TorrentHandle;
import minitorrent.ui.internal.Messages;

/**
 * The Peers view: the peers of the selected torrent with address, client, flags (D/d downloading
 * or interested and choked, U/u uploading or choking them, S snubbed, I incoming), their progress,
 * rates and totals, and our requests in flight.
 */
public final class PeersView extends SelectedTorrentView<List<PeerSnapshot>> {

    private TableViewer viewer;

    @Override
    protected void createContent(Composite composite) {
        viewer = new TableViewer(composite, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        TableColumns.<PeerSnapshot>add(viewer, Messages.PeersView_columnAddress, 170, SWT.LEFT,
                peer -> peer.address().getAddress().getHostAddress() + ":" + peer.address().getPort());
        TableColumns.<PeerSnapshot>add(viewer, Messages.PeersView_columnClient, 170, SWT.LEFT, PeerSnapshot::client);
        TableColumns.<PeerSnapshot>add(viewer, Messages.PeersView_columnFlags, 60, SWT.LEFT, PeerSnapshot::flags);
        TableColumns.<PeerSnapshot>add(viewer, Messages.PeersView_columnProgress, 80, SWT.RIGHT,
                peer -> String.format(Locale.ROOT, "%.1f%%", 100 * peer.progress()));
        TableColumns.<PeerSnapshot>add(viewer, Messages.PeersView_columnDown, 90, SWT.RIGHT, peer -> Sizes.format(peer.downloadRate()) + "/s");
        TableColumns.<PeerSnapshot>add(viewer, Messages.PeersView_columnUp, 90, SWT.RIGHT, peer -> Sizes.format(peer.uploadRate()) + "/s");
        TableColumns.<PeerSnapshot>add(viewer, Messages.PeersView_columnDownloaded, 100, SWT.RIGHT, peer -> Sizes.format(peer.downloaded()));
        TableColumns.<PeerSnapshot>add(viewer, Messages.PeersView_columnUploaded, 100, SWT.RIGHT, peer -> Sizes.format(peer.uploaded()));
        TableColumns.<PeerSnapshot>add(viewer, Messages.PeersView_columnRequests, 80, SWT.RIGHT,
                peer -> String.valueOf(peer.requestsInFlight()));
        viewer.setInput(List.of());
    }

    @Override
    protected List<PeerSnapshot> fetch(TorrentHandle handle) {
        return handle.peers();
    }

    @Override
    protected void show(List<PeerSnapshot> peers) {
        viewer.setInput(peers == null ? List.of() : peers);
    }

    /** The table of peers, for tests. */
    public Table table() {
        return viewer.getTable();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
