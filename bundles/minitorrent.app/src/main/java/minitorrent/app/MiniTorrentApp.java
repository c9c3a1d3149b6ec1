package minitorrent.app;

/** Identifiers of the standalone product, for tests and for the product definition. */
public final class MiniTorrentApp {

    /** The product's perspective: Torrents on top, details tabbed below. */
    public static final String PERSPECTIVE_ID = "minitorrent.app.perspective";

    /** What the main window's title says. */
    public static final String WINDOW_TITLE = "MiniTorrent";

    private MiniTorrentApp() {
    }
}
