package minitorrent.engine;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Bounded waits for tests: polls until a condition holds, or fails with what was last seen. */
public final class Await {

    private Await() {
    }

    public static <T> T until(Duration timeout, Supplier<T> probe, Predicate<T> condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        T seen = probe.get();
        while (!condition.test(seen)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " did not happen within " + timeout.toSeconds() + " s; last seen: " + seen);
            }
            Thread.sleep(50);
            seen = probe.get();
        }
        return seen;
    }

    /** Waits until the torrent has every wanted piece. */
    public static TorrentSnapshot finished(TorrentHandle handle, Duration timeout) throws InterruptedException {
        return until(timeout, handle::snapshot, snapshot -> snapshot.isFinished() && snapshot.state() == TorrentState.SEEDING,
                handle.torrent().name() + " finishing");
    }
}
