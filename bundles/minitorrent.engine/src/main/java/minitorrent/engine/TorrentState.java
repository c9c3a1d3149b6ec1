package minitorrent.engine;

/** Where a torrent is in its life in a session. */
public enum TorrentState {
    /** Its data is being checked against the piece hashes (at start, or on request). */
    CHECKING,
    /** Waiting for a free download or seed slot (the session's queue limits). */
    QUEUED,
    /** Fetching the pieces it wants. */
    DOWNLOADING,
    /** Has every piece it wants and serves them to others. */
    SEEDING,
    /** Stopped by the user: no connections, no announces. */
    PAUSED,
    /** Stopped by a failure (disk full, data folder gone...): {@link TorrentSnapshot#error()} says which. */
    ERROR;

    /** Whether the torrent takes part in the swarm: connects, announces, transfers. */
    public boolean isActive() {
        return this == DOWNLOADING || this == SEEDING;
    }
}
