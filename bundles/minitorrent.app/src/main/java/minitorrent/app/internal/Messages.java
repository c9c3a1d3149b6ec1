package minitorrent.app.internal;

import org.eclipse.osgi.util.NLS;

/** Strings of the product's window shown to users, from messages.properties. */
final class Messages extends NLS {
    public static String Menu_file;
    public static String Menu_window;
    public static String Menu_showView;
    public static String Menu_help;

    public static String Appearance_theme;
    public static String Appearance_hint;
    public static String Appearance_noThemes;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
