package minitorrent.ui.internal.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import minitorrent.engine.RateHistory;
import minitorrent.engine.Sizes;
import minitorrent.ui.internal.engine.RateRecorder;
import minitorrent.ui.internal.Messages;

/**
 * A bandwidth graph drawn on a canvas: download and upload rates of the last
 * {@link #WINDOW_SECONDS} seconds as two filled, anti-aliased areas, a rate axis with round ticks
 * ({@link RateAxis}), a time axis in minutes, and a legend with the current rates. Double
 * buffered, and drawn anew at each size. Colours follow the theme's list colours, so the graph
 * reads in light and dark themes alike. On the UI thread.
 */
public final class RateChart {

    /** How many seconds the time axis spans. */
    public static final int WINDOW_SECONDS = RateRecorder.WINDOW_SECONDS;
    private static final RGB DOWNLOAD = new RGB(0x2f, 0x7e, 0xd8);
    private static final RGB UPLOAD = new RGB(0x3d, 0xa8, 0x5a);
    private static final int FILL_ALPHA = 60;
    private static final int GRID_ALPHA = 40;
    private static final int PAD = 8;

    private final Color downloadColor = new Color(DOWNLOAD);
    private final Color uploadColor = new Color(UPLOAD);
    private final Canvas canvas;
    private RateHistory history = new RateHistory(1);
    private int seconds;

    public RateChart(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        canvas.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        canvas.addPaintListener(event -> paint(event.gc));
        canvas.addListener(SWT.Resize, event -> canvas.redraw());
    }

    /**
     * Shows this history; {@code recorded} is how many seconds have been recorded so far (a
     * torrent's history may be shorter: it read 0 before it started).
     */
    public void show(RateHistory shown, int recorded) {
        history = shown;
        seconds = Math.min(WINDOW_SECONDS, recorded);
        canvas.redraw();
    }

    /** The history shown. */
    public RateHistory history() {
        return history;
    }

    /** How many seconds of it the graph draws. */
    public int seconds() {
        return seconds;
    }

    /** The rate axis for what is shown now. */
    public RateAxis axis() {
        long peak = 0;
        for (int age = 0; age < seconds; age++) {
            peak = Math.max(peak, Math.max(history.download(age), history.upload(age)));
        }
        return RateAxis.of(peak);
    }

    public Canvas control() {
        return canvas;
    }

    private void paint(GC gc) {
        gc.setAdvanced(true);
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        Rectangle area = canvas.getClientArea();
        int lineHeight = gc.getFontMetrics().getHeight();
        RateAxis axis = axis();
        int labelWidth = 0;
        for (int tick = 0; tick <= axis.steps(); tick++) {
            labelWidth = Math.max(labelWidth, gc.textExtent(axis.label(tick * axis.step())).x);
        }
        int left = area.x + PAD + labelWidth + PAD;
        int top = area.y + PAD + lineHeight + PAD;
        Rectangle plot = new Rectangle(left, top, Math.max(1, area.x + area.width - PAD - left),
                Math.max(1, area.y + area.height - PAD - lineHeight - 4 - top));
        paintLegend(gc, left, area.y + PAD);
        paintRateAxis(gc, plot, axis, lineHeight);
        paintTimeAxis(gc, plot);
        paintSeries(gc, plot, axis, true);
        paintSeries(gc, plot, axis, false);
    }

    private void paintLegend(GC gc, int x, int y) {
        gc.setForeground(canvas.getForeground());
        int next = Legend.paintEntry(gc, x, y, downloadColor, downloadColor, Messages.StatisticsView_legendDown.replace("{0}", rateLabel(history.download(0))));
        Legend.paintEntry(gc, next, y, uploadColor, uploadColor, Messages.StatisticsView_legendUp.replace("{0}", rateLabel(history.upload(0))));
    }

    private void paintRateAxis(GC gc, Rectangle plot, RateAxis axis, int lineHeight) {
        for (int tick = 0; tick <= axis.steps(); tick++) {
            int y = yOf(tick * axis.step(), plot, axis);
            gc.setAlpha(GRID_ALPHA);
            gc.setForeground(canvas.getForeground());
            gc.drawLine(plot.x, y, plot.x + plot.width, y);
            gc.setAlpha(255);
            String label = axis.label(tick * axis.step());
            Point extent = gc.textExtent(label);
            gc.drawText(label, plot.x - PAD - extent.x, y - lineHeight / 2, true);
        }
    }

    private void paintTimeAxis(GC gc, Rectangle plot) {
        int bottom = plot.y + plot.height;
        for (int minute = 0; minute * 60 <= WINDOW_SECONDS; minute++) {
            int x = xOf(minute * 60, plot);
            gc.setAlpha(GRID_ALPHA);
            gc.drawLine(x, plot.y, x, bottom);
            gc.setAlpha(255);
            String label = minute == 0 ? Messages.StatisticsView_now : Messages.StatisticsView_minutesAgo.replace("{0}", String.valueOf(minute));
            Point extent = gc.textExtent(label);
            int left = Math.max(plot.x - extent.x / 2, Math.min(x - extent.x / 2, plot.x + plot.width - extent.x));
            gc.drawText(label, left, bottom + 4, true);
        }
    }

    /** One series as a filled area under an anti-aliased line, from the oldest shown second to now. */
    private void paintSeries(GC gc, Rectangle plot, RateAxis axis, boolean download) {
        if (seconds < 2) {
            return;
        }
        int[] line = new int[seconds * 2];
        for (int age = 0; age < seconds; age++) {
            long rate = download ? history.download(age) : history.upload(age);
            line[age * 2] = xOf(age, plot);
            line[age * 2 + 1] = yOf(rate, plot, axis);
        }
        int bottom = plot.y + plot.height;
        int[] area = new int[line.length + 4];
        System.arraycopy(line, 0, area, 0, line.length);
        area[line.length] = xOf(seconds - 1, plot);
        area[line.length + 1] = bottom;
        area[line.length + 2] = xOf(0, plot);
        area[line.length + 3] = bottom;
        Color color = download ? downloadColor : uploadColor;
        gc.setBackground(color);
        gc.setAlpha(FILL_ALPHA);
        gc.fillPolygon(area);
        gc.setAlpha(255);
        gc.setForeground(color);
        gc.setLineWidth(2);
        gc.setLineJoin(SWT.JOIN_ROUND);
        gc.drawPolyline(line);
        gc.setLineWidth(1);
    }

    private static int xOf(int age, Rectangle plot) {
        return plot.x + plot.width - (int) Math.round((double) age * plot.width / WINDOW_SECONDS);
    }

    private static int yOf(long rate, Rectangle plot, RateAxis axis) {
        return plot.y + plot.height - (int) Math.round((double) rate * plot.height / axis.top());
    }

    static String rateLabel(long rate) {
        return Sizes.format(rate) + "/s";
    }
}
