package minitorrent.engine;

/**
 * What the torrents removed from a session had moved while in it, so that the session's totals
 * (bytes down and up, its ratio, hash failures) do not shrink when a torrent goes.
 *
 * @param count        how many were removed
 * @param downloaded   bytes of blocks they received in this session
 * @param uploaded     bytes of blocks they sent in this session
 * @param had          bytes of the pieces they had when removed (the base of their share ratio)
 * @param hashFailures pieces of theirs that failed their hash check
 */
public record RemovedTorrents(int count, long downloaded, long uploaded, long had, int hashFailures) {

    /** Nothing removed yet. */
    public static final RemovedTorrents NONE = new RemovedTorrents(0, 0, 0, 0, 0);

    /** These and the torrent of {@code last}, taken as it was removed. */
    RemovedTorrents plus(TorrentSnapshot last) {
        return new RemovedTorrents(count + 1, downloaded + last.downloaded(), uploaded + last.uploaded(),
                had + last.completedLength(), hashFailures + last.hashFailures());
    }
}
