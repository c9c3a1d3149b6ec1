package minitorrent.engine.internal;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;

/**
 * Direct buffers for the blocks a session uploads: a disk thread reads a run of requested blocks
 * straight into one and the socket sends from it, so the kernel's copies (out of the page cache,
 * into the socket) are the only ones. A new heap array per run cost two more copies, through the
 * JDK's temporary direct buffers, and seeding 1 GiB made 1 GiB of garbage. A buffer comes back
 * once the connection has sent it or closed; up to {@link #SPARE} are kept for the next runs.
 * Owned by the event loop.
 */
public final class UploadBuffers {

    /** The size of a pooled buffer, and so of the longest run of blocks read in one disk job. */
    public static final int CAPACITY = 256 * 1024;
    private static final int SPARE = 32;

    private final ArrayDeque<ByteBuffer> spare = new ArrayDeque<>();

    /** A buffer for {@code length} bytes (its limit): a spare one when one is left and the run fits. */
    public ByteBuffer take(int length) {
        ByteBuffer buffer = length <= CAPACITY ? spare.poll() : null;
        if (buffer == null) {
            buffer = ByteBuffer.allocateDirect(Math.max(length, CAPACITY));
        }
        return buffer.clear().limit(length);
    }

    /** Takes back a buffer nothing reads any more. */
    public void give(ByteBuffer buffer) {
        if (buffer.capacity() == CAPACITY && spare.size() < SPARE) {
            spare.push(buffer);
        }
    }

    /** Buffers kept for reuse, for tests. */
    int spareCount() {
        return spare.size();
    }
}
