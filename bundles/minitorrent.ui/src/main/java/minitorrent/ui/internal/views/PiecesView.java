package minitorrent.ui.internal.views;

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
 * there are more pieces than room): blue where had, grey where a connected peer has it, white
 * where nobody connected has it.
 */
public final class PiecesView extends SelectedTorrentView<TorrentSnapshot> {

    private static final int CELL = 10;
    private static final RGB HAD = new RGB(0x4a, 0x86, 0xd4);
    private static final RGB AVAILABLE = new RGB(0xc8, 0xc8, 0xc8);
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
        map.addListener(SWT.Resize, event -> map.redraw());
        show(null);
    }

    private void paint(GC gc, Rectangle area) {
        if (shown == null) {
            return;
        }
        int pieces = shown.availability().length;
        int columns = Math.max(1, area.width / CELL);
        int rows = Math.max(1, area.height / CELL);
        int perCell = Math.max(1, (pieces + columns * rows - 1) / (columns * rows));
        BitSet had = shown.pieces();
        int[] availability = shown.availability();
        for (int cell = 0; cell * perCell < pieces; cell++) {
            int first = cell * perCell;
            int last = Math.min(pieces, first + perCell);
            int hadCount = had.get(first, last).cardinality();
            boolean available = false;
            for (int piece = first; piece < last && !available; piece++) {
                available = availability[piece] > 0;
            }
            RGB color = hadCount == last - first ? HAD : available ? AVAILABLE : MISSING;
            gc.setBackground(new Color(color));
            int x = area.x + (cell % columns) * CELL;
            int y = area.y + (cell / columns) * CELL;
            gc.fillRectangle(x, y, CELL - 1, CELL - 1);
            gc.setForeground(map.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
            gc.drawRectangle(x, y, CELL - 2, CELL - 2);
        }
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
