package minitorrent.tracker;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When a torrent announces next: at once on start, then after the tracker's {@code interval}, or
 * after a {@link Backoff} when every tracker failed. An announce out of turn (an event, a need
 * for more peers) waits for the tracker's {@code min interval} (BEP 3). Pure logic on an
 * injectable clock. Not thread-safe: owned by the thread that announces for the torrent.
 */
public final class AnnounceScheduler {

    /** A tracker's interval is never taken shorter than this, so a zero interval cannot make us hammer it. */
    public static final Duration SHORTEST_INTERVAL = Duration.ofSeconds(10);

    private final Clock clock;
    private final Backoff backoff;
    private Instant next;
    private Instant earliest;
    private int consecutiveFailures;

    public AnnounceScheduler(Clock clock, Backoff backoff) {
        this.clock = clock;
        this.backoff = backoff;
        this.next = clock.instant();
        this.earliest = next;
    }

    /** When the next regular announce is due. */
    public Instant nextAnnounce() {
        return next;
    }

    /** True when the next announce is due now. */
    public boolean isDue() {
        return !clock.instant().isBefore(next);
    }

    /** How long from now until the next announce; zero when it is due. */
    public Duration untilNext() {
        Duration wait = Duration.between(clock.instant(), next);
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    /** How many announces in a row failed on every tracker. */
    public int consecutiveFailures() {
        return consecutiveFailures;
    }

    /** A tracker answered: come back after its interval, and not out of turn before its min interval. */
    public void succeeded(Duration interval, Duration minInterval) {
        Instant now = clock.instant();
        consecutiveFailures = 0;
        Duration wait = longest(interval, minInterval, SHORTEST_INTERVAL);
        next = now.plus(wait);
        earliest = now.plus(minInterval);
    }

    /** Every tracker failed: wait longer after each failure in a row, never less than the last min interval. */
    public void failed() {
        Instant now = clock.instant();
        consecutiveFailures++;
        Instant retry = now.plus(backoff.after(consecutiveFailures));
        next = retry.isBefore(earliest) ? earliest : retry;
    }

    /**
     * Asks for an announce as soon as the tracker allows: now, or when its min interval since the
     * last announce has passed.
     */
    public void announceSoon() {
        Instant now = clock.instant();
        Instant soonest = now.isBefore(earliest) ? earliest : now;
        if (soonest.isBefore(next)) {
            next = soonest;
        }
    }

    private static Duration longest(Duration a, Duration b, Duration c) {
        Duration ab = a.compareTo(b) >= 0 ? a : b;
        return ab.compareTo(c) >= 0 ? ab : c;
    }
}
