package minitorrent.engine;

import java.util.Objects;

import minitorrent.metainfo.InfoHash;

/**
 * Something that happened to a torrent, for listeners that want to react at once rather than poll
 * snapshots.
 *
 * @param infoHash the torrent's info hash
 * @param kind     what happened
 * @param message  a human-readable detail (the error, the banned peer...), possibly empty
 */
public record TorrentEvent(InfoHash infoHash, Kind kind, String message) {

    public enum Kind {
        ADDED,
        STATE_CHANGED,
        /** Every wanted piece is had and on disk. */
        COMPLETED,
        /** A piece failed its hash check and will be fetched again. */
        HASH_FAILED,
        PEER_BANNED,
        TRACKER_FAILED,
        ERROR,
        REMOVED,
        /** A seeding torrent reached the session's seeding ratio goal and was paused. */
        SEED_RATIO_REACHED
    }

    public TorrentEvent {
        Objects.requireNonNull(infoHash, "infoHash");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
