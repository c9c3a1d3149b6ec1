package minitorrent.ui.internal.views;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;

/** A legend entry drawn on a canvas: a small rounded swatch in the entry's colour and its text, one line high. */
final class Legend {

    static final int SWATCH = 10;
    private static final int GAP = 4;
    private static final int SPACING = 18;

    private Legend() {
    }

    /**
     * Paints a swatch filled with {@code fill} and outlined with {@code outline} (the same colour
     * when there is nothing to set apart), then {@code text} in the GC's foreground; answers where
     * the next entry starts.
     */
    static int paintEntry(GC gc, int x, int y, Color fill, Color outline, String text) {
        int lineHeight = gc.getFontMetrics().getHeight();
        int top = y + (lineHeight - SWATCH) / 2;
        Color foreground = gc.getForeground();
        gc.setBackground(fill);
        gc.fillRoundRectangle(x, top, SWATCH, SWATCH, 3, 3);
        gc.setForeground(outline);
        gc.drawRoundRectangle(x, top, SWATCH - 1, SWATCH - 1, 3, 3);
        gc.setForeground(foreground);
        gc.drawText(text, x + SWATCH + GAP, y, true);
        return x + SWATCH + GAP + gc.textExtent(text).x + SPACING;
    }
}
