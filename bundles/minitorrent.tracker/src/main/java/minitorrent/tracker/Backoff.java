package minitorrent.tracker;

import java.time.Duration;

/**
 * How long to wait after failures before asking again: {@code base * 2^(failures - 1)}, never more
 * than {@code cap}, so a dead tracker is asked less and less often but still asked.
 *
 * @param base the wait after the first failure
 * @param cap  the longest wait
 */
public record Backoff(Duration base, Duration cap) {

    /** 15 s after the first failure, doubling up to 30 minutes. */
    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(15), Duration.ofMinutes(30));

    public Backoff {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("base must be positive and cap at least base: " + base + ", " + cap);
        }
    }

    /** The wait after this many failures in a row (1 or more). */
    public Duration after(int consecutiveFailures) {
        if (consecutiveFailures < 1) {
            throw new IllegalArgumentException("failures must be 1 or more, not " + consecutiveFailures);
        }
        // 2^40 times any base is past every sensible cap; stop doubling before the long overflows.
        int doublings = Math.min(consecutiveFailures - 1, 40);
        Duration wait = base;
        for (int i = 0; i < doublings && wait.compareTo(cap) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(cap) > 0 ? cap : wait;
    }
}
