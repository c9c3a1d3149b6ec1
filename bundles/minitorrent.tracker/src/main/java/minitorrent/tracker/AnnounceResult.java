package minitorrent.tracker;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import minitorrent.protocol.PeerAddress;

/**
 * What a tracker answered to an announce: peers and when to come back, or the tracker's refusal
 * ({@code failure reason}, BEP 3; UDP error action 3, BEP 15). A reply that could not be read at
 * all is a {@link TrackerException} instead.
 */
public sealed interface AnnounceResult {

    /**
     * The tracker accepted the announce.
     *
     * @param peers       the peers it returned, IPv4 and IPv6 together, in the tracker's order
     * @param interval    how long to wait before the next regular announce
     * @param minInterval how long at least between announces; {@link Duration#ZERO} when the tracker
     *                    set no minimum
     * @param seeders     peers with the whole torrent, when the tracker said
     * @param leechers    peers still downloading, when the tracker said
     * @param warning     the tracker's {@code warning message}, shown to the user, if any
     */
    record Success(List<PeerAddress> peers, Duration interval, Duration minInterval, OptionalInt seeders,
            OptionalInt leechers, Optional<String> warning) implements AnnounceResult {

        /** Keeps an immutable copy of the peers. */
        public Success {
            peers = List.copyOf(peers);
            Objects.requireNonNull(interval, "interval");
            Objects.requireNonNull(minInterval, "minInterval");
            Objects.requireNonNull(seeders, "seeders");
            Objects.requireNonNull(leechers, "leechers");
            Objects.requireNonNull(warning, "warning");
        }
    }

    /**
     * The tracker refused the announce and said why (e.g. "unregistered torrent").
     *
     * @param reason the tracker's message, as it sent it
     */
    record Failure(String reason) implements AnnounceResult {

        public Failure {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
