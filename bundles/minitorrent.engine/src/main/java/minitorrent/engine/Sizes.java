package minitorrent.engine;

import java.util.Locale;

/**
 * Byte counts as people read them: binary units with one decimal (1.5 MiB). Here so that the
 * command line and the workbench show sizes and rates alike.
 */
public final class Sizes {

    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    private Sizes() {
    }

    public static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        int unit = 0;
        double value = bytes;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }

    /** An exact count with thousands separators: 1,048,576. */
    public static String exact(long bytes) {
        return String.format(Locale.ROOT, "%,d", bytes);
    }
}
