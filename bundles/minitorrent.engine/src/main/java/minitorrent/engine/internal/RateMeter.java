package minitorrent.engine.internal;

/**
 * Counts bytes and turns them into a smoothed rate: the average of the last
 * {@link #WINDOW} one-second samples, so a rate settles within seconds, does not jump with each
 * burst, and falls to exactly zero a few seconds after the transfer stops.
 */
public final class RateMeter {

    static final int WINDOW = 5;

    private final double[] samples = new double[WINDOW];
    private int next;
    private int filled;
    private long total;
    private long sinceSample;

    public void add(long bytes) {
        total += bytes;
        sinceSample += bytes;
    }

    /** Closes a sample of {@code seconds}. */
    public void sample(double seconds) {
        samples[next] = sinceSample / seconds;
        next = (next + 1) % WINDOW;
        filled = Math.min(WINDOW, filled + 1);
        sinceSample = 0;
    }

    /** Bytes per second, smoothed. */
    public long rate() {
        if (filled == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < filled; i++) {
            sum += samples[i];
        }
        return Math.round(sum / filled);
    }

    public long total() {
        return total;
    }
}
