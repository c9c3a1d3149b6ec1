package minitorrent.ui.internal.views;

import java.util.Arrays;
import java.util.BitSet;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import minitorrent.engine.Sizes;
import minitorrent.engine.TorrentHandle;
import minitorrent.engine.TorrentSnapshot;
import minitorrent.ui.internal.Messages;

/**
 * The Pieces view: a map of the selected torrent's pieces, one cell each (cells are grouped when
 * there are more pieces than room): blue where had; where missing, grey the darker the more
 * connected peers have it, white where none has it. A tooltip names the cell's pieces.
 */
public final class PiecesView extends SelectedTorrentView<TorrentSnapshot> {

    private static final int CELL = 10;
    private static final RGB HAD = new RGB(0x4a, 0x86, 0xd4);
    private static final RGB AVAILABLE = new RGB(0x9a, 0x9a, 0x9a);
    private static final int AVAILABLE_LIGHT = 0xe4;
    private static final RGB MISSING = new RGB(0xff, 0xff, 0xff);

    private Label summary;
    private Canvas map;
    private TorrentSnapshot shown;

    @Override
    protected void createContent(Composite composite) {
        Composite pane = new Composite(composite, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(pane);
        summary = new Label(pane, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        map = new Canvas(pane, SWT.DOUBLE_BUFFERED);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(map);
        map.addPaintListener(event -> paint(event.gc, map.getClientArea()));
        map.addListener(SWT.MouseHover, event -> map.setToolTipText(tooltipAt(event.x, event.y)));
        map.addListener(SWT.Resize, event -> map.redraw());
        show(null);
    }

    private void paint(GC gc, Rectangle area) {
        if (shown == null) {
            return;
        }
        int pieces = shown.availability().length;
        Grid grid = Grid.of(area, pieces);
        int columns = grid.columns();
        int perCell = grid.perCell();
        BitSet had = shown.pieces();
        int[] availability = shown.availability();
        int mostPeers = Arrays.stream(availability).max().orElse(0);
        for (int cell = 0; cell * perCell < pieces; cell++) {
            int first = cell * perCell;
            int last = Math.min(pieces, first + perCell);
            int hadCount = had.get(first, last).cardinality();
            int peers = 0;
            for (int piece = first; piece < last; piece++) {
                peers = Math.max(peers, availability[piece]);
            }
            RGB color = hadCount == last - first ? HAD : shade(peers, mostPeers);
            gc.setBackground(new Color(color));
            int x = area.x + (cell % columns) * CELL;
            int y = area.y + (cell / columns) * CELL;
            gc.fillRectangle(x, y, CELL - 1, CELL - 1);
            gc.setForeground(map.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
            gc.drawRectangle(x, y, CELL - 2, CELL - 2);
        }
    }

    /** How the map lays out cells: columns that fit, and pieces per cell so that every piece fits. */
    private record Grid(int columns, int perCell) {
        static Grid of(Rectangle area, int pieces) {
            int columns = Math.max(1, area.width / CELL);
            int rows = Math.max(1, area.height / CELL);
            return new Grid(columns, Math.max(1, (pieces + columns * rows - 1) / (columns * rows)));
        }
    }

    /** Missing pieces: white when no connected peer has them, darker grey the more peers have them. */
    private static RGB shade(int peers, int mostPeers) {
        if (peers == 0) {
            return MISSING;
        }
        double share = mostPeers == 0 ? 1 : (double) peers / mostPeers;
        int level = (int) Math.round(AVAILABLE_LIGHT - share * (AVAILABLE_LIGHT - AVAILABLE.red));
        return new RGB(level, level, level);
    }

    /** The tooltip for the cell at this point of the map: its pieces, how many are had, on how many peers; null off the cells. */
    public String tooltipAt(int x, int y) {
        if (shown == null) {
            return null;
        }
        int pieces = shown.availability().length;
        Grid grid = Grid.of(map.getClientArea(), pieces);
        int columns = grid.columns();
        int perCell = grid.perCell();
        int cell = (y / CELL) * columns + x / CELL;
        int first = cell * perCell;
        if (x / CELL >= columns || first >= pieces) {
            return null;
        }
        int last = Math.min(pieces, first + perCell) - 1;
        int peers = Arrays.stream(shown.availability(), first, last + 1).max().orElse(0);
        String which = first == last ? Messages.PiecesView_piece.replace("{0}", String.valueOf(first))
                : Messages.PiecesView_pieces.replace("{0}", String.valueOf(first)).replace("{1}", String.valueOf(last));
        int had = shown.pieces().get(first, last + 1).cardinality();
        return Messages.PiecesView_tooltip.replace("{0}", which).replace("{1}", had + "/" + (last - first + 1))
                .replace("{2}", String.valueOf(peers));
    }

    @Override
    protected TorrentSnapshot fetch(TorrentHandle handle) {
        return handle.snapshot();
    }

    @Override
    protected void show(TorrentSnapshot snapshot) {
        shown = snapshot;
        summary.setText(snapshot == null ? Messages.PiecesView_none
                : Messages.PiecesView_summary.replace("{0}", String.valueOf(snapshot.pieces().cardinality()))
                        .replace("{1}", String.valueOf(snapshot.availability().length))
                        .replace("{2}", Sizes.format(snapshot.totalLength())));
        summary.getParent().layout();
        map.redraw();
    }

    /** The line above the map, for tests. */
    public String summary() {
        return summary.getText();
    }

    @Override
    public void setFocus() {
        map.setFocus();
    }
}
