package minitorrent.cli.internal;

import java.io.PrintWriter;
import java.util.Locale;

import minitorrent.engine.Sizes;

/**
 * A one-line progress bar redrawn in place on a terminal: percent, bar, amount and rate. Drawn
 * at most ten times a second, from whichever thread reports; prints nothing when the output is
 * not a terminal, so logs and pipes stay clean.
 */
final class TerminalProgress {

    private static final int BAR_WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter out;
    private final String label;
    private final boolean enabled;
    private final long startNanos = System.nanoTime();
    private long lastDrawNanos;
    private boolean drawn;

    TerminalProgress(PrintWriter out, String label, boolean enabled) {
        this.out = out;
        this.label = label;
        this.enabled = enabled;
    }

    /** Whether standard output is a terminal (the start script selects the console that can tell). */
    static boolean stdoutIsTerminal() {
        return System.console() != null;
    }

    synchronized void update(long done, long total) {
        long now = System.nanoTime();
        if (!enabled || (now - lastDrawNanos < REDRAW_NANOS && done < total)) {
            return;
        }
        lastDrawNanos = now;
        drawn = true;
        double fraction = total == 0 ? 1 : (double) done / total;
        int filled = (int) Math.round(fraction * BAR_WIDTH);
        double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        out.printf(Locale.ROOT, "\r%s %3d%% [%s%s] %s / %s  %s/s ", label, (int) (fraction * 100), "=".repeat(filled),
                " ".repeat(BAR_WIDTH - filled), Sizes.format(done), Sizes.format(total), Sizes.format((long) (done / seconds)));
        out.flush();
    }

    /** Ends the bar's line so that what follows starts on a line of its own. */
    synchronized void finish() {
        if (drawn) {
            out.println();
            out.flush();
            drawn = false;
        }
    }
}
