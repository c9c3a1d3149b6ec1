package minitorrent.engine;

import java.time.Duration;
import java.util.Locale;

/** Durations as people read them on a clock (an ETA of 1:02:03 or 2:03), alike in the command line and the workbench. */
public final class Durations {

    private Durations() {
    }

    public static String clock(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
