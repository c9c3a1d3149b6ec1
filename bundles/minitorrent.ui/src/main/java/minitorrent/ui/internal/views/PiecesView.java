package minitorrent.ui.internal.views;

import java.util.BitSet;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;

import minitorrent.engine.Sizes;
import minitorrent.engine.TorrentHandle;
import minitorrent.engine.TorrentSnapshot;
import minitorrent.metainfo.InfoHash;
import minitorrent.metainfo.TorrentFile;
import minitorrent.storage.FileSegment;
import minitorrent.storage.PieceLayout;
import minitorrent.ui.internal.Messages;

/**
 * The Pieces view: a map of the selected torrent's pieces, a cell each, or several a cell when
 * there are more pieces than room ({@link PieceCells}): blue where had, amber where being
 * downloaded; where missing, grey the darker the more connected peers have it, white where none
 * has it, tinted blue by the share of a cell's pieces that is had. A legend says so; a tooltip
 * names a cell's pieces, the files they hold and on how many peers they are. Made for 100,000
 * pieces and more: each snapshot is turned into cell codes once, painting only looks them up in a
 * palette, and only the cells whose look changed are redrawn.
 */
public final class PiecesView extends SelectedTorrentView<PiecesView.Pieces> {

    private static final int CELL = 10;
    private static final RGB HAD = new RGB(0x3b, 0x7f, 0xd4);
    private static final RGB DOWNLOADING = new RGB(0xf2, 0xa3, 0x3a);
    private static final int NO_PEER_GREY = 0xff;
    private static final int FEW_PEERS_GREY = 0xe2;
    private static final int MOST_PEERS_GREY = 0x96;
    private static final int MOST_FILES_NAMED = 3;

    private final Color[] fills = new Color[PieceCells.CODES];
    private final Color[] outlines = new Color[PieceCells.CODES];
    private volatile Layout layout;
    private Label summary;
    private Canvas legend;
    private Canvas map;
    private Pieces shown;
    private PieceCells cells;
    private int paintedCells;
    private int redrawnCells;

    /** What one poll fetched: the torrent's snapshot, the pieces in progress, and where pieces lie in its files. */
    record Pieces(TorrentSnapshot snapshot, BitSet inProgress, PieceLayout layout) {
    }

    /** A torrent's piece layout, kept while the same torrent is selected: it does not change. */
    private record Layout(InfoHash infoHash, PieceLayout pieces) {
    }

    @Override
    protected void createContent(Composite composite) {
        for (int code = 0; code < PieceCells.CODES; code++) {
            RGB rgb = rgbOf(code);
            fills[code] = new Color(rgb);
            outlines[code] = new Color(new RGB(rgb.red * 4 / 5, rgb.green * 4 / 5, rgb.blue * 4 / 5));
        }
        Composite pane = new Composite(composite, SWT.NONE);
        GridLayoutFactory.swtDefaults().spacing(0, 6).applyTo(pane);
        summary = new Label(pane, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        legend = new Canvas(pane, SWT.DOUBLE_BUFFERED);
        legend.addPaintListener(event -> paintLegend(event.gc));
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, legendHeight()).applyTo(legend);
        map = new Canvas(pane, SWT.DOUBLE_BUFFERED);
        map.setBackground(map.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(map);
        map.addListener(SWT.Paint, this::paint);
        map.addListener(SWT.MouseHover, event -> map.setToolTipText(tooltipAt(event.x, event.y)));
        map.addListener(SWT.Resize, event -> {
            cells = null;
            showCells();
        });
        show(null);
    }

    /** The colour of a cell code (see {@link PieceCells}). */
    private static RGB rgbOf(int code) {
        if (code == PieceCells.HAD) {
            return HAD;
        }
        if (code == PieceCells.DOWNLOADING) {
            return DOWNLOADING;
        }
        int peerShade = (code - PieceCells.MISSING_FIRST) / PieceCells.HAD_SHADES;
        int hadShade = (code - PieceCells.MISSING_FIRST) % PieceCells.HAD_SHADES;
        int grey = peerShade == 0 ? NO_PEER_GREY
                : FEW_PEERS_GREY - (peerShade - 1) * (FEW_PEERS_GREY - MOST_PEERS_GREY) / (PieceCells.PEER_SHADES - 2);
        double had = (double) hadShade / PieceCells.HAD_SHADES;
        return new RGB(mix(grey, HAD.red, had), mix(grey, HAD.green, had), mix(grey, HAD.blue, had));
    }

    private static int mix(int from, int to, double share) {
        return (int) Math.round(from + (to - from) * share);
    }

    private int legendHeight() {
        GC gc = new GC(summary);
        try {
            return gc.getFontMetrics().getHeight() + 2;
        } finally {
            gc.dispose();
        }
    }

    private void paintLegend(GC gc) {
        gc.setForeground(legend.getForeground());
        int missing = PieceCells.MISSING_FIRST;
        int onPeers = PieceCells.MISSING_FIRST + (PieceCells.PEER_SHADES / 2) * PieceCells.HAD_SHADES;
        int x = Legend.paintEntry(gc, 0, 1, fills[PieceCells.HAD], outlines[PieceCells.HAD], Messages.PiecesView_legendHad);
        x = Legend.paintEntry(gc, x, 1, fills[PieceCells.DOWNLOADING], outlines[PieceCells.DOWNLOADING], Messages.PiecesView_legendDownloading);
        x = Legend.paintEntry(gc, x, 1, fills[onPeers], outlines[onPeers], Messages.PiecesView_legendOnPeers);
        Legend.paintEntry(gc, x, 1, fills[missing], outlines[missing], Messages.PiecesView_legendOnNoPeer);
    }

    /**
     * Paints the cells inside the damaged rectangle: a palette lookup each, nothing allocated.
     * (Where the window system keeps the damage as a region of the changed cells, it clips
     * whatever falls outside them.)
     */
    private void paint(Event event) {
        paintedCells = 0;
        PieceCells painted = cells;
        if (painted == null) {
            return;
        }
        GC gc = event.gc;
        int columns = painted.columns();
        int lastRow = (event.y + event.height - 1) / CELL;
        int lastColumn = Math.min(columns - 1, (event.x + event.width - 1) / CELL);
        for (int row = event.y / CELL; row <= lastRow; row++) {
            for (int column = event.x / CELL; column <= lastColumn; column++) {
                int cell = row * columns + column;
                if (cell >= painted.cells()) {
                    return;
                }
                int code = painted.code(cell);
                gc.setBackground(fills[code]);
                gc.fillRectangle(column * CELL, row * CELL, CELL - 1, CELL - 1);
                gc.setForeground(outlines[code]);
                gc.drawRectangle(column * CELL, row * CELL, CELL - 2, CELL - 2);
                paintedCells++;
            }
        }
    }

    /** Turns what is shown into cells and redraws those whose look changed (all of them when the layout did). */
    private void showCells() {
        Rectangle area = map.getClientArea();
        PieceCells next = shown == null ? null
                : PieceCells.of(area.width, area.height, CELL, shown.snapshot().pieces(), shown.inProgress(),
                        shown.snapshot().availability());
        PieceCells previous = cells;
        cells = next;
        showSummary();
        if (next == null || !next.sameLayout(previous)) {
            redrawAll();
            return;
        }
        int changed = 0;
        for (int cell = 0; cell < next.cells(); cell++) {
            if (next.code(cell) != previous.code(cell)) {
                changed++;
            }
        }
        if (changed > next.cells() / 4) {
            redrawAll();
            return;
        }
        redrawnCells = changed;
        int columns = next.columns();
        for (int cell = 0; cell < next.cells() && changed > 0; cell++) {
            if (next.code(cell) != previous.code(cell)) {
                map.redraw((cell % columns) * CELL, (cell / columns) * CELL, CELL, CELL, false);
                changed--;
            }
        }
    }

    private void redrawAll() {
        redrawnCells = cells == null ? 0 : cells.cells();
        map.redraw();
    }

    /** The tooltip for the cell at this point of the map: its pieces, how many are had or downloading, the files, the peers; null off the cells. */
    public String tooltipAt(int x, int y) {
        int cell = cells == null ? -1 : cells.cellAt(x, y);
        if (cell < 0) {
            return null;
        }
        int first = cells.firstPiece(cell);
        int last = cells.lastPiece(cell);
        BitSet had = shown.snapshot().pieces();
        int[] availability = shown.snapshot().availability();
        int fewest = Integer.MAX_VALUE;
        int most = 0;
        for (int piece = first; piece <= last; piece++) {
            fewest = Math.min(fewest, availability[piece]);
            most = Math.max(most, availability[piece]);
        }
        String which = first == last ? Messages.PiecesView_piece.replace("{0}", Sizes.exact(first))
                : Messages.PiecesView_pieces.replace("{0}", Sizes.exact(first)).replace("{1}", Sizes.exact(last));
        String peers = fewest == most ? String.valueOf(most) : Messages.PiecesView_range.replace("{0}", String.valueOf(fewest))
                .replace("{1}", String.valueOf(most));
        return Messages.PiecesView_tooltip.replace("{0}", which)
                .replace("{1}", had.get(first, last + 1).cardinality() + "/" + (last - first + 1))
                .replace("{2}", String.valueOf(shown.inProgress().get(first, last + 1).cardinality()))
                .replace("{3}", peers).replace("{4}", filesOf(shown.layout(), first, last));
    }

    /** The files that pieces first to last hold bytes of, named up to a few. */
    private static String filesOf(PieceLayout layout, int first, int last) {
        int firstFile = layout.pieceSegments(first).get(0).fileIndex();
        List<FileSegment> lastSegments = layout.pieceSegments(last);
        int lastFile = lastSegments.get(lastSegments.size() - 1).fileIndex();
        StringBuilder named = new StringBuilder();
        int files = 0;
        for (int index = firstFile; index <= lastFile; index++) {
            TorrentFile file = layout.files().get(index);
            if (file.padFile() || file.length() == 0) {
                continue;
            }
            if (files < MOST_FILES_NAMED) {
                named.append(files == 0 ? "" : ", ").append(file.pathString());
            }
            files++;
        }
        String names = files <= MOST_FILES_NAMED ? named.toString()
                : Messages.PiecesView_moreFiles.replace("{0}", named).replace("{1}", Sizes.exact(files - MOST_FILES_NAMED));
        return (files == 1 ? Messages.PiecesView_file : Messages.PiecesView_files).replace("{0}", names);
    }

    @Override
    protected Pieces fetch(TorrentHandle handle) {
        Layout known = layout;
        if (known == null || !known.infoHash().equals(handle.infoHash())) {
            known = new Layout(handle.infoHash(), PieceLayout.of(handle.torrent()));
            layout = known;
        }
        return new Pieces(handle.snapshot(), handle.piecesInProgress(), known.pieces());
    }

    @Override
    protected void show(Pieces pieces) {
        shown = pieces;
        showCells();
    }

    /** The line above the map: how many pieces are had, of what size, and how many a cell holds when more than one. */
    private void showSummary() {
        String text = Messages.PiecesView_none;
        if (shown != null) {
            TorrentSnapshot snapshot = shown.snapshot();
            text = Messages.PiecesView_summary.replace("{0}", Sizes.exact(snapshot.pieces().cardinality()))
                    .replace("{1}", Sizes.exact(shown.layout().pieceCount()))
                    .replace("{2}", Sizes.format(shown.layout().pieceLength()))
                    .replace("{3}", Sizes.format(snapshot.totalLength()));
            if (cells != null && cells.perCell() > 1) {
                text += Messages.PiecesView_perCell.replace("{0}", Sizes.exact(cells.perCell()));
            }
        }
        if (!text.equals(summary.getText())) {
            summary.setText(text);
            summary.getParent().layout();
        }
    }

    /** The line above the map, for tests. */
    public String summary() {
        return summary.getText();
    }

    /** The map's canvas, for tests. */
    public Canvas map() {
        return map;
    }

    /** How many cells the last paint drew. */
    public int paintedCells() {
        return paintedCells;
    }

    /** Where the cell holding {@code piece} lies on the map, for tests (null before anything is shown). */
    public Rectangle cellBounds(int piece) {
        if (cells == null) {
            return null;
        }
        int cell = piece / cells.perCell();
        return new Rectangle((cell % cells.columns()) * CELL, (cell / cells.columns()) * CELL, CELL - 1, CELL - 1);
    }

    /** How many cells the last update of the map asked to redraw: those whose look changed, or all of them. */
    public int redrawnCells() {
        return redrawnCells;
    }

    /** How many cells the map has now. */
    public int cellCount() {
        return cells == null ? 0 : cells.cells();
    }

    @Override
    public void setFocus() {
        map.setFocus();
    }
}
