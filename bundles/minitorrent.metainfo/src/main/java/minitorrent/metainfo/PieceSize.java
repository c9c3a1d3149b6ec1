package minitorrent.metainfo;

/**
 * Chooses and checks piece lengths for new torrents. Automatic choice: the smallest power of two
 * from 16 KiB to 16 MiB that keeps the torrent at 2,000 pieces or fewer, so a torrent has about
 * 1,000 to 2,000 pieces unless it is very small or very large.
 */
public final class PieceSize {

    /** The smallest piece length we create: one block. */
    public static final int MIN = 16 * 1024;

    /** The largest piece length we create; larger pieces waste a lot on one bad block. */
    public static final int MAX = 16 * 1024 * 1024;

    /** Pieces a torrent has at most with an automatic piece length (unless MAX is reached). */
    public static final long MAX_AUTOMATIC_PIECES = 2000;

    private PieceSize() {
    }

    /** The automatic piece length for this much data. */
    public static int automatic(long totalLength) {
        int length = MIN;
        while (length < MAX && (totalLength + length - 1) / length > MAX_AUTOMATIC_PIECES) {
            length *= 2;
        }
        return length;
    }

    /** Checks a piece length the user asked for. */
    public static int checked(long requested) {
        if (requested < MIN || requested > MAX || Long.bitCount(requested) != 1) {
            throw new IllegalArgumentException("the piece size must be a power of two from 16 KiB (16384) to 16 MiB (16777216), not " + requested);
        }
        return (int) requested;
    }
}
