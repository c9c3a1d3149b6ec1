package minitorrent.ui.internal.views;

import java.util.BitSet;

/**
 * The pieces map as cells: how many fit in the map's area, how many pieces each cell stands for
 * (one, or as many as it takes for every piece to fit), and each cell's look as a small number,
 * its index in the {@link PiecesView} palette. Built once per snapshot in one pass over the
 * pieces, so painting only looks codes up; comparing two of them names the cells that changed,
 * which are all that is redrawn.
 *
 * <p>Codes: {@link #HAD} every piece had; {@link #DOWNLOADING} one being fetched; otherwise
 * {@link #MISSING_FIRST} + a shade of how many peers have the missing pieces
 * ({@link #PEER_SHADES} levels, 0 none) times {@link #HAD_SHADES} + the share of pieces had.
 */
final class PieceCells {

    static final int HAD = 0;
    static final int DOWNLOADING = 1;
    static final int MISSING_FIRST = 2;
    static final int PEER_SHADES = 6;
    static final int HAD_SHADES = 4;
    static final int CODES = MISSING_FIRST + PEER_SHADES * HAD_SHADES;

    private final int cellSize;
    private final int columns;
    private final int rows;
    private final int pieces;
    private final int perCell;
    private final int[] codes;

    private PieceCells(int cellSize, int columns, int rows, int pieces, int perCell, int[] codes) {
        this.cellSize = cellSize;
        this.columns = columns;
        this.rows = rows;
        this.pieces = pieces;
        this.perCell = perCell;
        this.codes = codes;
    }

    /** The cells of {@code pieces} pieces in an area of this size, with square cells of {@code cellSize} pixels. */
    static PieceCells of(int width, int height, int cellSize, BitSet had, BitSet inProgress, int[] availability) {
        int pieces = availability.length;
        int columns = Math.max(1, width / cellSize);
        int rows = Math.max(1, height / cellSize);
        int perCell = (int) Math.max(1, (pieces + (long) columns * rows - 1) / ((long) columns * rows));
        int[] codes = new int[(pieces + perCell - 1) / perCell];
        int mostPeers = 0;
        for (int peers : availability) {
            mostPeers = Math.max(mostPeers, peers);
        }
        int downloading = inProgress.nextSetBit(0);
        for (int cell = 0; cell < codes.length; cell++) {
            int first = cell * perCell;
            int end = Math.min(pieces, first + perCell);
            int hadCount = 0;
            int peers = 0;
            for (int piece = first; piece < end; piece++) {
                if (had.get(piece)) {
                    hadCount++;
                } else {
                    peers = Math.max(peers, availability[piece]);
                }
            }
            if (downloading >= 0 && downloading < first) {
                downloading = inProgress.nextSetBit(first); // cells go forward: one pass over the set overall
            }
            if (hadCount == end - first) {
                codes[cell] = HAD;
            } else if (downloading >= 0 && downloading < end) {
                codes[cell] = DOWNLOADING;
            } else {
                int peerShade = peers == 0 ? 0 : 1 + (int) ((long) (PEER_SHADES - 2) * peers / mostPeers);
                int hadShade = (int) ((long) HAD_SHADES * hadCount / (end - first));
                codes[cell] = MISSING_FIRST + peerShade * HAD_SHADES + hadShade;
            }
        }
        return new PieceCells(cellSize, columns, rows, pieces, perCell, codes);
    }

    /** Whether the two lay cells out alike (same area, pieces and grouping), so cells can be compared one by one. */
    boolean sameLayout(PieceCells other) {
        return other != null && cellSize == other.cellSize && columns == other.columns && rows == other.rows
                && pieces == other.pieces && perCell == other.perCell;
    }

    int cellSize() {
        return cellSize;
    }

    int columns() {
        return columns;
    }

    int cells() {
        return codes.length;
    }

    int perCell() {
        return perCell;
    }

    int code(int cell) {
        return codes[cell];
    }

    /** The first piece of a cell. */
    int firstPiece(int cell) {
        return cell * perCell;
    }

    /** The last piece (inclusive) of a cell. */
    int lastPiece(int cell) {
        return Math.min(pieces, (cell + 1) * perCell) - 1;
    }

    /** The cell at this point of the map, or -1 off the cells. */
    int cellAt(int x, int y) {
        if (x < 0 || y < 0 || x / cellSize >= columns) {
            return -1;
        }
        long cell = (long) (y / cellSize) * columns + x / cellSize;
        return cell < codes.length ? (int) cell : -1;
    }
}
