package minitorrent.storage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import minitorrent.metainfo.Torrent;
import minitorrent.metainfo.TorrentFile;

/**
 * Where the pieces and 16 KiB blocks of a torrent lie in its files (BEP 3: the pieces cut the
 * concatenation of all files, in order). Pure arithmetic over the file list: zero-length files take
 * no bytes and never appear in a segment, a piece may span many files, the last piece may be short.
 * Immutable and safe to share between threads.
 */
public final class PieceLayout {

    /** The block size every client requests (BEP 3 recommends 2^14). */
    public static final int BLOCK_SIZE = 16 * 1024;

    private final List<TorrentFile> files;
    private final long[] fileStarts;
    private final int pieceLength;
    private final long totalLength;
    private final int pieceCount;

    public PieceLayout(List<TorrentFile> files, int pieceLength) {
        if (pieceLength <= 0) {
            throw new IllegalArgumentException("piece length must be positive, not " + pieceLength);
        }
        this.files = List.copyOf(files);
        this.pieceLength = pieceLength;
        this.fileStarts = new long[this.files.size()];
        long offset = 0;
        for (int i = 0; i < fileStarts.length; i++) {
            TorrentFile file = this.files.get(i);
            if (file.offset() != offset) {
                throw new IllegalArgumentException("file " + i + " starts at " + file.offset() + ", not at " + offset);
            }
            fileStarts[i] = offset;
            offset += file.length();
        }
        this.totalLength = offset;
        this.pieceCount = (int) ((totalLength + pieceLength - 1) / pieceLength);
    }

    public static PieceLayout of(Torrent torrent) {
        return new PieceLayout(torrent.files(), torrent.pieceLength());
    }

    public List<TorrentFile> files() {
        return files;
    }

    public int pieceLength() {
        return pieceLength;
    }

    public int pieceCount() {
        return pieceCount;
    }

    public long totalLength() {
        return totalLength;
    }

    /** The length of piece {@code piece}: the piece length, except for a shorter last piece. */
    public int pieceSize(int piece) {
        checkPiece(piece);
        return (int) Math.min(pieceLength, totalLength - (long) piece * pieceLength);
    }

    /** How many blocks piece {@code piece} has; only its last block may be short. */
    public int blockCount(int piece) {
        return (pieceSize(piece) + BLOCK_SIZE - 1) / BLOCK_SIZE;
    }

    /** The length of block {@code block} of a piece. */
    public int blockSize(int piece, int block) {
        int count = blockCount(piece);
        if (block < 0 || block >= count) {
            throw new IndexOutOfBoundsException("block " + block + " of " + count + " in piece " + piece);
        }
        return Math.min(BLOCK_SIZE, pieceSize(piece) - block * BLOCK_SIZE);
    }

    /** The segments of a whole piece, in order. */
    public List<FileSegment> pieceSegments(int piece) {
        return segments(piece, 0, pieceSize(piece));
    }

    /** The segments of {@code length} bytes at {@code offset} inside piece {@code piece}, in order. */
    public List<FileSegment> segments(int piece, int offset, int length) {
        int size = pieceSize(piece);
        if (offset < 0 || length <= 0 || offset > size - length) {
            throw new IndexOutOfBoundsException("bytes " + offset + "+" + length + " outside piece " + piece + " of " + size + " bytes");
        }
        long start = (long) piece * pieceLength + offset;
        long end = start + length;
        List<FileSegment> segments = new ArrayList<>();
        for (int i = fileContaining(start); i < files.size() && fileStarts[i] < end; i++) {
            TorrentFile file = files.get(i);
            long from = Math.max(start, fileStarts[i]);
            long to = Math.min(end, file.endOffset());
            if (to > from) {
                segments.add(new FileSegment(i, from - fileStarts[i], (int) (to - from), file.padFile()));
            }
        }
        return segments;
    }

    /** The first and one past the last piece holding bytes of file {@code fileIndex}; empty (first == end) for an empty file. */
    public PieceRange piecesOf(int fileIndex) {
        TorrentFile file = files.get(fileIndex);
        if (file.length() == 0) {
            int at = (int) Math.min(pieceCount, fileStarts[fileIndex] / pieceLength);
            return new PieceRange(at, at);
        }
        int first = (int) (fileStarts[fileIndex] / pieceLength);
        int end = (int) ((file.endOffset() - 1) / pieceLength) + 1;
        return new PieceRange(first, end);
    }

    /** The last file starting at or before {@code offset} that holds bytes there (skipping empty files). */
    private int fileContaining(long offset) {
        int found = Arrays.binarySearch(fileStarts, offset);
        if (found < 0) {
            return -found - 2;
        }
        // Empty files share their start with the next file; step back to the first of the run, the loop skips them.
        while (found > 0 && fileStarts[found - 1] == offset) {
            found--;
        }
        return found;
    }

    private void checkPiece(int piece) {
        if (piece < 0 || piece >= pieceCount) {
            throw new IndexOutOfBoundsException("piece " + piece + " of " + pieceCount);
        }
    }

    /** Pieces {@code first} (inclusive) to {@code end} (exclusive). */
    public record PieceRange(int first, int end) {

        public boolean isEmpty() {
            return first == end;
        }
    }
}
