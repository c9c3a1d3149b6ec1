package minitorrent.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Strings of the MiniTorrent views shown to users, from messages.properties. */
public final class Messages extends NLS {
    public static String TorrentsView_columnName;
    public static String TorrentsView_columnSize;
    public static String TorrentsView_columnProgress;
    public static String TorrentsView_columnState;
    public static String TorrentsView_columnDownRate;
    public static String TorrentsView_columnUpRate;
    public static String TorrentsView_columnPeers;
    public static String TorrentsView_columnEta;
    public static String TorrentsView_columnRatio;
    public static String TorrentsView_columnAdded;
    public static String TorrentsView_emptyTitle;
    public static String TorrentsView_emptyHint;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
