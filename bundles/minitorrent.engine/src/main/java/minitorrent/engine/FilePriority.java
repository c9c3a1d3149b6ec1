package minitorrent.engine;

/** How much a file of a torrent is wanted: pieces of higher priority are fetched first. */
public enum FilePriority {
    /** Not downloaded (pieces it shares with wanted files still are). */
    SKIP,
    NORMAL,
    /** Fetched before every normal file. */
    HIGH
}
