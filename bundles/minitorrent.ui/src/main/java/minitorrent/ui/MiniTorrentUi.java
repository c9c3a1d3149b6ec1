package minitorrent.ui;

/** Identifiers of the MiniTorrent workbench contributions, for the product and for tests. */
public final class MiniTorrentUi {

    /** The Torrents view: one row per torrent of the session. */
    public static final String TORRENTS_VIEW_ID = "minitorrent.ui.views.torrents";

    private MiniTorrentUi() {
    }
}
