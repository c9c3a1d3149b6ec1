package minitorrent.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import minitorrent.metainfo.InfoHash;

/**
 * The session's rate history and each torrent's, fed once a second with the session's snapshots,
 * for the workbench's bandwidth graph. A torrent gets a history of its own only once it moves
 * bytes (a session may hold thousands of idle torrents); until then, and before its history
 * starts, its rates read as 0, which is what they were. A removed torrent's history goes with
 * it. Not thread-safe: one owner, the thread that records.
 */
public final class SessionRateHistory {

    private final int seconds;
    private final RateHistory session;
    private final Map<InfoHash, RateHistory> torrents = new HashMap<>();

    /** Histories of at most {@code seconds} samples each. */
    public SessionRateHistory(int seconds) {
        this.seconds = seconds;
        this.session = new RateHistory(seconds);
    }

    /** Records the rates of {@code second} (as {@link RateHistory#record}): the session's sum and each torrent's. */
    public void record(long second, List<TorrentSnapshot> snapshots) {
        long down = 0;
        long up = 0;
        Set<InfoHash> present = new HashSet<>();
        for (TorrentSnapshot snapshot : snapshots) {
            down += snapshot.downloadRate();
            up += snapshot.uploadRate();
            present.add(snapshot.infoHash());
            RateHistory history = torrents.get(snapshot.infoHash());
            if (history == null && (snapshot.downloadRate() > 0 || snapshot.uploadRate() > 0)) {
                history = new RateHistory(seconds);
                torrents.put(snapshot.infoHash(), history);
            }
            if (history != null) {
                history.record(second, snapshot.downloadRate(), snapshot.uploadRate());
            }
        }
        torrents.keySet().retainAll(present);
        session.record(second, down, up);
    }

    /** The whole session's rates: the sum over its torrents. */
    public RateHistory session() {
        return session;
    }

    /** The torrent's rates, empty while it has not moved a byte since recording began (its rates were 0). */
    public Optional<RateHistory> torrent(InfoHash infoHash) {
        return Optional.ofNullable(torrents.get(infoHash));
    }
}
