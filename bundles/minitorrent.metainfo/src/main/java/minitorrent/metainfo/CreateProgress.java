package minitorrent.metainfo;

/**
 * Hears how far the hashing of a new torrent has come and may cancel it. Called from the
 * hashing threads, possibly concurrently: implementations must be thread-safe and quick.
 */
public interface CreateProgress {

    /** Nothing to report to, never cancelled. */
    CreateProgress NONE = (hashed, total) -> {
    };

    /** {@code hashed} of {@code total} bytes have been read and hashed. */
    void hashed(long hashed, long total);

    /** Asked now and then; true stops the creation with a {@link java.util.concurrent.CancellationException}. */
    default boolean isCancelled() {
        return false;
    }
}
