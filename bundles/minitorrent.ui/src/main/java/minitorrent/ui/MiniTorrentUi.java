package minitorrent.ui;

/** Identifiers of the MiniTorrent workbench contributions, for the product and for tests. */
public final class MiniTorrentUi {

    /** The Torrents view: one row per torrent of the session. */
    public static final String TORRENTS_VIEW_ID = "minitorrent.ui.views.torrents";

    /** The Peers view: the peers of the torrent selected in the Torrents view. */
    public static final String PEERS_VIEW_ID = "minitorrent.ui.views.peers";

    private MiniTorrentUi() {
    }
}
