package minitorrent.ui.internal.views;

import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;

/**
 * The colors our own painting uses (progress bars, the pieces map, the rate graphs), picked for the
 * background the theme gives a control: the light and dark themes color widgets through CSS, which
 * the system colors do not follow, so painting with those would look wrong in one of them.
 *
 * @param background   the control's background
 * @param foreground   the control's text color
 * @param track        an empty bar or cell: a little away from the background
 * @param border       outlines: further away
 * @param done         had, finished
 * @param going        downloading, the download rate
 * @param sending      the upload rate
 * @param failed       an error
 */
public record Palette(RGB background, RGB foreground, RGB track, RGB border, RGB done, RGB going, RGB sending, RGB failed) {

    /** The palette for what is painted on this control. */
    public static Palette of(Control control) {
        RGB background = control.getBackground().getRGB();
        RGB foreground = control.getForeground().getRGB();
        boolean dark = isDark(background);
        return new Palette(background, foreground, blend(background, foreground, 0.12), blend(background, foreground, 0.35),
                dark ? new RGB(0x4e, 0x9a, 0x52) : new RGB(0x7c, 0xc4, 0x7c),
                dark ? new RGB(0x3d, 0x7a, 0xc4) : new RGB(0x4a, 0x86, 0xd4),
                dark ? new RGB(0xc8, 0x8a, 0x3a) : new RGB(0xe0, 0x8e, 0x2b),
                dark ? new RGB(0xb0, 0x4a, 0x4a) : new RGB(0xe0, 0x6c, 0x6c));
    }

    /** Whether the background is dark, as in the dark theme. */
    public boolean isDark() {
        return isDark(background);
    }

    private static boolean isDark(RGB color) {
        return (0.2126 * color.red + 0.7152 * color.green + 0.0722 * color.blue) / 255 < 0.4;
    }

    /** The color {@code amount} (0 to 1) of the way from {@code from} to {@code to}. */
    public static RGB blend(RGB from, RGB to, double amount) {
        return new RGB(mix(from.red, to.red, amount), mix(from.green, to.green, amount), mix(from.blue, to.blue, amount));
    }

    private static int mix(int from, int to, double amount) {
        return (int) Math.round(from + (to - from) * amount);
    }
}
