package minitorrent.storage;

/**
 * Told how a recheck goes, and asked whether to stop. Called from the recheck's worker threads,
 * so implementations must be thread-safe and quick.
 */
public interface RecheckProgress {

    /** Does nothing and never cancels. */
    RecheckProgress NONE = (checked, total) -> { };

    /** {@code checked} of {@code total} pieces are done. */
    void piecesChecked(int checked, int total);

    /** Whether the recheck should stop as soon as possible (it then throws {@link RecheckCancelledException}). */
    default boolean isCancelled() {
        return false;
    }
}
