package minitorrent.engine.internal;

/**
 * Counts bytes and turns them into a smoothed rate: each one-second sample moves the rate 40 %
 * of the way to what that second saw, so a rate settles in a few seconds and does not jump.
 */
public final class RateMeter {

    private static final double WEIGHT = 0.4;

    private long total;
    private long sinceSample;
    private double rate;

    public void add(long bytes) {
        total += bytes;
        sinceSample += bytes;
    }

    /** Closes a sample of {@code seconds}. */
    public void sample(double seconds) {
        rate += WEIGHT * (sinceSample / seconds - rate);
        sinceSample = 0;
    }

    /** Bytes per second, smoothed. */
    public long rate() {
        return Math.round(rate);
    }

    public long total() {
        return total;
    }
}
