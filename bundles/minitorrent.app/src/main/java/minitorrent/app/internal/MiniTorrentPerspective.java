package minitorrent.app.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import minitorrent.ui.MiniTorrentUi;

/**
 * MiniTorrent's perspective: the Torrents view fills the top; the folder below holds the detail
 * views of the selected torrent (Peers, Files, Trackers, Pieces, Statistics).
 */
public final class MiniTorrentPerspective implements IPerspectiveFactory {

    /** The folder under the Torrents view that holds the detail views. */
    static final String DETAILS_FOLDER_ID = "minitorrent.app.folders.details";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        String editorArea = layout.getEditorArea();
        layout.addView(MiniTorrentUi.TORRENTS_VIEW_ID, IPageLayout.TOP, 0.62f, editorArea);
        IFolderLayout details = layout.createFolder(DETAILS_FOLDER_ID, IPageLayout.BOTTOM, 0.62f, MiniTorrentUi.TORRENTS_VIEW_ID);
        details.addView(MiniTorrentUi.PEERS_VIEW_ID);
        details.addView(MiniTorrentUi.FILES_VIEW_ID);
        details.addView(MiniTorrentUi.TRACKERS_VIEW_ID);
        details.addView(MiniTorrentUi.PIECES_VIEW_ID);
        details.addView(MiniTorrentUi.STATISTICS_VIEW_ID);
        details.addPlaceholder("minitorrent.ui.views.*");
        layout.getViewLayout(MiniTorrentUi.TORRENTS_VIEW_ID).setCloseable(false);
    }
}
