package minitorrent.ui;

/** Identifiers of the MiniTorrent workbench contributions, for the product and for tests. */
public final class MiniTorrentUi {

    /** The Torrents view: one row per torrent of the session. */
    public static final String TORRENTS_VIEW_ID = "minitorrent.ui.views.torrents";

    /** The Peers view: the peers of the torrent selected in the Torrents view. */
    public static final String PEERS_VIEW_ID = "minitorrent.ui.views.peers";

    /** The Files view: the selected torrent's files as a tree, with editable priority. */
    public static final String FILES_VIEW_ID = "minitorrent.ui.views.files";

    /** The Trackers view: the selected torrent's trackers and how they answer. */
    public static final String TRACKERS_VIEW_ID = "minitorrent.ui.views.trackers";

    /** The Pieces view: a map of the selected torrent's pieces. */
    public static final String PIECES_VIEW_ID = "minitorrent.ui.views.pieces";

    /** The Statistics view: bandwidth graph and totals of the selected torrent, or of the whole session. */
    public static final String STATISTICS_VIEW_ID = "minitorrent.ui.views.statistics";

    private MiniTorrentUi() {
    }
}
