package minitorrent.cli.internal;

import java.util.Locale;

/** Byte counts as people read them: binary units with one decimal (1.5 MiB). */
final class Sizes {

    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    private Sizes() {
    }

    static String format(long bytes) {
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
    static String exact(long bytes) {
        return String.format(Locale.ROOT, "%,d", bytes);
    }
}
