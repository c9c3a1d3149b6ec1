package minitorrent.engine;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One tracker of a torrent at a moment.
 *
 * @param uri          the announce URL
 * @param tier         its tier, 0 first
 * @param failures     failed announces to it in a row
 * @param lastAnnounce when it last answered, if ever
 * @param nextAnnounce when the torrent announces next (to the first tracker that answers)
 * @param seeders      seeders it reported in its last answer
 * @param leechers     leechers it reported in its last answer
 * @param message      its last error or warning
 */
public record TrackerSnapshot(URI uri, int tier, int failures, Optional<Instant> lastAnnounce, Optional<Instant> nextAnnounce,
        OptionalInt seeders, OptionalInt leechers, Optional<String> message) {

    /** "working", "not contacted yet" or the error, as a Trackers view shows it. */
    public String status() {
        if (failures > 0) {
            return message.map(text -> "error: " + text).orElse("error");
        }
        return lastAnnounce.isPresent() ? "working" : "not contacted yet";
    }
}
