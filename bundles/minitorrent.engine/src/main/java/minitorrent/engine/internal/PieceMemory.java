package minitorrent.engine.internal;

/**
 * The session-wide budget for pieces held in memory (being gathered, or waiting to be hashed and
 * written): a new piece is started only while the budget allows, so the heap stays flat however
 * many torrents and peers there are. Owned by the event loop.
 */
public final class PieceMemory {

    private final long budget;
    private long used;

    public PieceMemory(long budget) {
        this.budget = budget;
    }

    /** Whether a piece of {@code bytes} may be started (one piece always may when nothing is held). */
    public boolean hasRoomFor(long bytes) {
        return used == 0 || used + bytes <= budget;
    }

    public void reserve(long bytes) {
        used += bytes;
    }

    public void release(long bytes) {
        used -= bytes;
    }

    public long used() {
        return used;
    }
}
