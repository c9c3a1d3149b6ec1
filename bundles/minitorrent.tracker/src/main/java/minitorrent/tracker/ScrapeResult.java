package minitorrent.tracker;

import java.util.Map;
import java.util.Objects;

import minitorrent.metainfo.InfoHash;

/**
 * What a tracker answered to a scrape (BEP 48, BEP 15): the stats of the torrents asked about,
 * the tracker's refusal, or the knowledge that this tracker cannot be scraped at all.
 */
public sealed interface ScrapeResult {

    /**
     * The tracker's stats, per torrent; a torrent it does not know is absent.
     *
     * @param stats the stats by info hash
     */
    record Success(Map<InfoHash, SwarmStats> stats) implements ScrapeResult {

        /** Keeps an immutable copy. */
        public Success {
            stats = Map.copyOf(stats);
        }
    }

    /**
     * The tracker answered with a {@code failure reason} (or UDP error).
     *
     * @param reason the tracker's message
     */
    record Failure(String reason) implements ScrapeResult {

        public Failure {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The tracker has no scrape URL: BEP 48 derives it only from an announce URL whose last path
     * segment starts with {@code announce}.
     *
     * @param why which rule did not apply
     */
    record Unsupported(String why) implements ScrapeResult {

        public Unsupported {
            Objects.requireNonNull(why, "why");
        }
    }
}
