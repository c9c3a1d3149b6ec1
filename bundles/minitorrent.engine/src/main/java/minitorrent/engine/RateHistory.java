package minitorrent.engine;

/**
 * Download and upload rates of the last minutes, one sample a second, for a bandwidth graph. A
 * ring buffer: its memory stays the same however long the workbench runs. Each sample names the
 * second it belongs to: a second given twice keeps the later rates (a view polled twice), and
 * seconds skipped (a busy machine, a late poll) take the rates of the sample that ends the gap,
 * so the graph has no holes. Not thread-safe: one owner, the thread that records.
 */
public final class RateHistory {

    private final long[] down;
    private final long[] up;
    private int size;
    private int newest = -1;
    private long newestSecond;

    /** A history of at most {@code seconds} samples. */
    public RateHistory(int seconds) {
        if (seconds <= 0) {
            throw new IllegalArgumentException("a rate history holds at least one second, not " + seconds);
        }
        down = new long[seconds];
        up = new long[seconds];
    }

    /**
     * Records the rates (bytes per second) measured in {@code second}, a count of seconds from any
     * fixed origin that never goes back.
     *
     * @throws IllegalArgumentException if {@code second} is before the newest recorded one
     */
    public void record(long second, long downloadRate, long uploadRate) {
        if (size > 0 && second < newestSecond) {
            throw new IllegalArgumentException("second " + second + " is before the newest recorded one, " + newestSecond);
        }
        if (size > 0 && second == newestSecond) {
            down[newest] = downloadRate;
            up[newest] = uploadRate;
            return;
        }
        long fresh = size == 0 ? 1 : Math.min(capacity(), second - newestSecond);
        for (long i = 0; i < fresh; i++) {
            newest = (newest + 1) % capacity();
            size = Math.min(capacity(), size + 1);
            down[newest] = downloadRate;
            up[newest] = uploadRate;
        }
        newestSecond = second;
    }

    /** A history with the same samples that this one's later recording leaves alone: for a reader on another thread. */
    public RateHistory copy() {
        RateHistory copy = new RateHistory(capacity());
        System.arraycopy(down, 0, copy.down, 0, capacity());
        System.arraycopy(up, 0, copy.up, 0, capacity());
        copy.size = size;
        copy.newest = newest;
        copy.newestSecond = newestSecond;
        return copy;
    }

    /** How many seconds it can hold. */
    public int capacity() {
        return down.length;
    }

    /** How many seconds it holds. */
    public int size() {
        return size;
    }

    /**
     * The download rate {@code age} seconds before the newest sample (0: the newest). A second
     * before the first sample reads as 0: nothing moved then that anyone measured.
     */
    public long download(int age) {
        return age < 0 || age >= size ? 0 : down[Math.floorMod(newest - age, capacity())];
    }

    /** The upload rate {@code age} seconds before the newest sample, like {@link #download(int)}. */
    public long upload(int age) {
        return age < 0 || age >= size ? 0 : up[Math.floorMod(newest - age, capacity())];
    }

    /** The highest rate, down or up, that it holds (0 when empty). */
    public long peak() {
        long peak = 0;
        for (int age = 0; age < size; age++) {
            peak = Math.max(peak, Math.max(download(age), upload(age)));
        }
        return peak;
    }
}
