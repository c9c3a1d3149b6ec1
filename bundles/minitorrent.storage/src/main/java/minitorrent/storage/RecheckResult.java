package minitorrent.storage;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * What a recheck found, piece by piece: good (hash matched), missing (a file absent or too short
 * to hold the piece) or bad (all bytes there, hash wrong). Pieces not checked are in none of the
 * three sets. Immutable: the sets are copied in and out.
 */
public final class RecheckResult {

    private final PieceLayout layout;
    private final BitSet good;
    private final BitSet missing;
    private final BitSet bad;

    public RecheckResult(PieceLayout layout, BitSet good, BitSet missing, BitSet bad) {
        this.layout = layout;
        this.good = (BitSet) good.clone();
        this.missing = (BitSet) missing.clone();
        this.bad = (BitSet) bad.clone();
    }

    public BitSet good() {
        return (BitSet) good.clone();
    }

    public BitSet missing() {
        return (BitSet) missing.clone();
    }

    public BitSet bad() {
        return (BitSet) bad.clone();
    }

    public int goodCount() {
        return good.cardinality();
    }

    public int missingCount() {
        return missing.cardinality();
    }

    public int badCount() {
        return bad.cardinality();
    }

    public int pieceCount() {
        return layout.pieceCount();
    }

    /** Whether every piece is good. */
    public boolean isComplete() {
        return goodCount() == layout.pieceCount();
    }

    /** Per file, in torrent order, the bytes that lie in good pieces (pad files included). */
    public List<FileCompleteness> files() {
        return completeness(layout, good);
    }

    /** Bytes of each file covered by the pieces in {@code have}. */
    static List<FileCompleteness> completeness(PieceLayout layout, BitSet have) {
        long[] verified = new long[layout.files().size()];
        for (int piece = have.nextSetBit(0); piece >= 0 && piece < layout.pieceCount(); piece = have.nextSetBit(piece + 1)) {
            for (FileSegment segment : layout.pieceSegments(piece)) {
                verified[segment.fileIndex()] += segment.length();
            }
        }
        List<FileCompleteness> files = new ArrayList<>();
        for (int i = 0; i < verified.length; i++) {
            files.add(new FileCompleteness(layout.files().get(i), verified[i]));
        }
        return files;
    }
}
