package minitorrent.engine.internal;

/**
 * A rate limit: bytes may pass while tokens last, and every tick of {@link #TICK_MILLIS} adds a
 * tick's worth of the rate. A rate of 0 is unlimited. Unused tokens are kept for at most a fifth
 * of a second (but at least two blocks), so an idle connection cannot save up a burst. Owned by
 * the event loop.
 */
public final class TokenBucket {

    public static final int TICK_MILLIS = 100;
    private static final long MIN_BURST = 32 * 1024;

    private long bytesPerSecond;
    private long tokens;

    public TokenBucket(long bytesPerSecond) {
        setRate(bytesPerSecond);
    }

    /** Changes the rate; 0 removes the limit. Takes effect at once. */
    public void setRate(long newBytesPerSecond) {
        bytesPerSecond = newBytesPerSecond;
        tokens = Math.min(tokens, burst());
    }

    public long rate() {
        return bytesPerSecond;
    }

    /** How many bytes may pass now. */
    public long available() {
        return bytesPerSecond == 0 ? Long.MAX_VALUE : Math.max(tokens, 0);
    }

    public void consume(long bytes) {
        if (bytesPerSecond != 0) {
            tokens -= bytes;
        }
    }

    /** Adds one tick's tokens. */
    public void refill() {
        if (bytesPerSecond != 0) {
            tokens = Math.min(tokens + bytesPerSecond * TICK_MILLIS / 1000, burst());
        }
    }

    private long burst() {
        return Math.max(bytesPerSecond / 5, MIN_BURST);
    }
}
