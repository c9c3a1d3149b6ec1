package minitorrent.app.internal;

import org.eclipse.osgi.util.NLS;

/** Strings of the product's window shown to users, from messages.properties. */
final class Messages extends NLS {
    public static String Menu_file;
    public static String Menu_window;
    public static String Menu_showView;
    public static String Menu_help;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
