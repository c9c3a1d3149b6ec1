package minitorrent.tracker;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * One tracker of a torrent as the Trackers view shows it.
 *
 * @param tracker             the announce URL
 * @param tier                its tier, from 0
 * @param consecutiveFailures failures in a row; 0 after it answered
 * @param retryAt             when it may be asked again after failures (the past when it may be asked now)
 * @param lastMessage         its last failure reason or warning, if any
 */
public record TrackerStatus(URI tracker, int tier, int consecutiveFailures, Instant retryAt, Optional<String> lastMessage) {
}
