package minitorrent.engine.internal;

/**
 * The limits one direction of one connection obeys: the session's and its torrent's. A
 * connection asks how much it may move, moves at most that, and reports what it moved.
 */
public record Bandwidth(TokenBucket session, TokenBucket torrent) {

    /** At most {@code wanted}, or less if a limit says so (0 when a limit is spent). */
    public long allowance(long wanted) {
        return Math.min(wanted, Math.min(session.available(), torrent.available()));
    }

    public void consume(long bytes) {
        session.consume(bytes);
        torrent.consume(bytes);
    }
}
