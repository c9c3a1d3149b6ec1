package minitorrent.engine.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The addresses a torrent may dial, from its trackers and the user, each with the time it may be
 * dialed next. An address that failed, or whose connection ended, waits {@link #RETRY_BASE}, twice
 * as long after each further failure, up to {@link #RETRY_MAX}; one that connected starts over.
 * Times are {@link System#nanoTime} values. Owned by the event loop.
 */
final class DialList {

    static final Duration RETRY_BASE = Duration.ofSeconds(5);
    static final Duration RETRY_MAX = Duration.ofMinutes(5);

    /** How often an address failed in a row, and when it may be dialed again. */
    private static final class Entry {
        int failures;
        long notBeforeNanos;
    }

    private final Map<PeerKey, Entry> entries = new LinkedHashMap<>();

    /** An address to dial; one already listed keeps its place and its wait. */
    void offer(PeerKey key) {
        entries.computeIfAbsent(key, k -> new Entry());
    }

    /** Never dial it again (ourselves, a banned peer), unless it is offered anew. */
    void forget(PeerKey key) {
        entries.remove(key);
    }

    /** The addresses that may be dialed at {@code now} and are not {@code connected}, in the order they came. */
    List<PeerKey> due(long now, Set<PeerKey> connected) {
        List<PeerKey> due = new ArrayList<>();
        entries.forEach((key, entry) -> {
            if (!connected.contains(key) && entry.notBeforeNanos - now <= 0) {
                due.add(key);
            }
        });
        return due;
    }

    /** Whether any address may be dialed at {@code now} that is not {@code connected}. */
    boolean anyDue(long now, Set<PeerKey> connected) {
        return !due(now, connected).isEmpty();
    }

    /** A dial to it started: it is not due again until it connects or fails. */
    void dialing(PeerKey key, long now) {
        Entry entry = entries.get(key);
        if (entry != null) {
            entry.notBeforeNanos = now + RETRY_MAX.toNanos();
        }
    }

    /** The dial failed, or the connection ended: the address waits, longer after each failure in a row. */
    void failed(PeerKey key, long now) {
        Entry entry = entries.get(key);
        if (entry != null) {
            entry.failures++;
            long delay = Math.min(RETRY_MAX.toNanos(), RETRY_BASE.toNanos() << Math.min(entry.failures - 1, 10));
            entry.notBeforeNanos = now + delay;
        }
    }

    /** It connected and shook hands: its next failure waits the shortest time again. */
    void connected(PeerKey key) {
        Entry entry = entries.get(key);
        if (entry != null) {
            entry.failures = 0;
        }
    }
}
