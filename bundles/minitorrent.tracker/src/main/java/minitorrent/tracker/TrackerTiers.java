package minitorrent.tracker;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;

/**
 * A torrent's trackers in the order BEP 12 tries them: tiers in the order of the
 * {@code announce-list}, each tier shuffled once when the torrent is loaded, and the tracker that
 * answered moved to the front of its tier so it is asked first next time. Pure logic, no I/O.
 * Not thread-safe: owned by the thread that announces for the torrent.
 */
public final class TrackerTiers {

    private final List<List<URI>> tiers;

    /**
     * The tiers, each shuffled with {@code random}. Empty tiers are dropped, and a URL listed
     * twice is kept only where it first appears.
     */
    public TrackerTiers(List<List<URI>> announceList, Random random) {
        LinkedHashSet<URI> seen = new LinkedHashSet<>();
        List<List<URI>> copy = new ArrayList<>();
        for (List<URI> tier : announceList) {
            List<URI> trackers = new ArrayList<>();
            for (URI tracker : tier) {
                if (seen.add(tracker)) {
                    trackers.add(tracker);
                }
            }
            if (!trackers.isEmpty()) {
                Collections.shuffle(trackers, random);
                copy.add(trackers);
            }
        }
        this.tiers = copy;
    }

    /** One tier holding the torrent's single {@code announce} URL (a torrent without announce-list). */
    public static TrackerTiers single(URI announce) {
        return new TrackerTiers(List.of(List.of(announce)), new Random());
    }

    /** Every tracker in the order to try: first tier first, each tier in its current order. */
    public List<URI> attemptOrder() {
        return tiers.stream().flatMap(List::stream).toList();
    }

    /** An immutable snapshot of the tiers in their current order. */
    public List<List<URI>> tiers() {
        return tiers.stream().map(List::copyOf).toList();
    }

    /** The tier (from 0) holding the tracker, or -1 when it is none of ours. */
    public int tierOf(URI tracker) {
        for (int i = 0; i < tiers.size(); i++) {
            if (tiers.get(i).contains(tracker)) {
                return i;
            }
        }
        return -1;
    }

    /** BEP 12: the tracker that answered moves to the front of its tier. */
    public void answered(URI tracker) {
        for (List<URI> tier : tiers) {
            if (tier.remove(tracker)) {
                tier.add(0, tracker);
                return;
            }
        }
        throw new IllegalArgumentException("not one of this torrent's trackers: " + tracker);
    }
}
