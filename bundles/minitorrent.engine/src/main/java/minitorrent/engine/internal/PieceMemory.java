package minitorrent.engine.internal;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * The session-wide budget for pieces held in memory (being gathered, or waiting to be hashed and
 * written): a new piece is started only while the budget allows, so the heap stays flat however
 * many torrents and peers there are. It also recycles the pieces' arrays: a new piece-sized array
 * per piece would be a gigabyte of allocation for a 1 GiB download, arrays that live long enough
 * to be copied to the old generation and fill it with garbage. Spare arrays count against the
 * budget too, and all go when no piece is held. Owned by the event loop.
 */
public final class PieceMemory {

    private final long budget;
    private final Map<Integer, ArrayDeque<byte[]>> spare = new HashMap<>();
    private long used;
    private long spareBytes;

    public PieceMemory(long budget) {
        this.budget = budget;
    }

    /** Whether a piece of {@code bytes} may be started (one piece always may when nothing is held). */
    public boolean hasRoomFor(long bytes) {
        return used == 0 || used + bytes <= budget;
    }

    /** Reserves room for a piece and gives its array: a spare one when there is one, with old bytes in it. */
    public byte[] take(int length) {
        used += length;
        ArrayDeque<byte[]> arrays = spare.get(length);
        byte[] array = arrays == null ? null : arrays.poll();
        if (array == null) {
            return new byte[length];
        }
        spareBytes -= length;
        return array;
    }

    /** Frees a piece's room; its array, which nobody may use any more, is kept for the next piece if the budget allows. */
    public void give(byte[] array) {
        used -= array.length;
        if (used == 0) {
            spare.clear();
            spareBytes = 0;
        } else if (used + spareBytes + array.length <= budget) {
            spare.computeIfAbsent(array.length, length -> new ArrayDeque<>()).push(array);
            spareBytes += array.length;
        }
    }

    public long used() {
        return used;
    }
}
