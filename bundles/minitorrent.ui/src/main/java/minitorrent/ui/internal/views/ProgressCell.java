package minitorrent.ui.internal.views;

import org.eclipse.jface.viewers.OwnerDrawLabelProvider;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.jface.viewers.ViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;

import minitorrent.engine.TorrentSnapshot;
import minitorrent.engine.TorrentState;

/**
 * Paints the Progress cell as a bar with the percentage on it: green when finished, blue while
 * downloading, red on error, in the colors of the theme's {@link Palette}. The cell also holds the percentage as text, for screen readers and
 * tests; the native drawing of that text is suppressed.
 */
final class ProgressCell extends OwnerDrawLabelProvider {

    private static final int MARGIN = 3;

    @Override
    public void update(ViewerCell cell) {
        cell.setText(TorrentColumn.PROGRESS.text.apply((TorrentSnapshot) cell.getElement()));
        super.update(cell);
    }

    @Override
    protected void measure(Event event, Object element) {
        event.setBounds(new Rectangle(event.x, event.y, TorrentColumn.PROGRESS.width, event.height));
    }

    @Override
    protected void erase(Event event, Object element) {
        event.detail &= ~SWT.FOREGROUND;
    }

    @Override
    protected void paint(Event event, Object element) {
        TorrentSnapshot snapshot = (TorrentSnapshot) element;
        GC gc = event.gc;
        Rectangle cell = ((TableItem) event.item).getBounds(event.index);
        Rectangle bar = new Rectangle(cell.x + MARGIN, cell.y + MARGIN, cell.width - 2 * MARGIN, cell.height - 2 * MARGIN);
        Palette palette = Palette.of(((TableItem) event.item).getParent());
        Color background = gc.getBackground();
        Color foreground = gc.getForeground();
        gc.setBackground(new Color(palette.track()));
        gc.fillRectangle(bar);
        gc.setBackground(new Color(barColor(snapshot, palette)));
        gc.fillRectangle(bar.x, bar.y, (int) Math.round(bar.width * snapshot.progress()), bar.height);
        gc.setForeground(new Color(palette.border()));
        gc.drawRectangle(bar.x, bar.y, bar.width - 1, bar.height - 1);
        String text = TorrentColumn.PROGRESS.text.apply(snapshot);
        Point extent = gc.textExtent(text);
        gc.setForeground(new Color(palette.foreground()));
        gc.drawText(text, bar.x + (bar.width - extent.x) / 2, bar.y + (bar.height - extent.y) / 2, true);
        gc.setBackground(background);
        gc.setForeground(foreground);
    }

    private static RGB barColor(TorrentSnapshot snapshot, Palette palette) {
        if (snapshot.state() == TorrentState.ERROR) {
            return palette.failed();
        }
        return snapshot.isFinished() ? palette.done() : palette.going();
    }

    /** Installs the painter on the column. */
    static void install(ViewerColumn column) {
        column.setLabelProvider(new ProgressCell());
    }
}
