package minitorrent.ui.internal.views;

import java.math.BigDecimal;

/**
 * The rate axis of a bandwidth graph: ticks at round rates in binary units (256 KiB/s, 1 MiB/s,
 * 20 MiB/s ...) so that their labels read as short round numbers, and a top just above the peak so
 * the graph uses its height; at most {@link #MOST_STEPS} steps, and at least 1 KiB/s at the top so
 * an idle graph still has a scale. A top of 1,000 or more of a unit would read as a four-digit
 * label ("1000 KiB/s"): the next unit's quarter steps take over there ("0.75 MiB/s", "1 MiB/s").
 *
 * @param step bytes per second between two ticks
 * @param top  the rate at the top of the axis, a multiple of {@code step}
 */
public record RateAxis(long step, long top) {

    static final int MOST_STEPS = 5;
    private static final long SMALLEST_TOP = 1024;
    private static final double[] MULTIPLES = {0.25, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500};
    private static final String[] UNITS = {"KiB", "MiB", "GiB", "TiB"};

    /** The axis for a graph whose highest rate is {@code peak} bytes per second. */
    public static RateAxis of(long peak) {
        long shown = Math.max(SMALLEST_TOP, peak);
        for (long unit = 1024; ; unit *= 1024) {
            for (double multiple : MULTIPLES) {
                long step = (long) (multiple * unit);
                long steps = (shown + step - 1) / step;
                if (steps <= MOST_STEPS && steps * step < 1000 * unit) {
                    return new RateAxis(step, steps * step);
                }
            }
        }
    }

    /** How many steps from 0 to the top. */
    public int steps() {
        return (int) (top / step);
    }

    /** A tick's label, in the unit of the axis's steps: "0 KiB/s", "200 KiB/s", "0.75 MiB/s". */
    public String label(long rate) {
        int unit = 0;
        while (unit < UNITS.length - 1 && step >= (1L << (10 * (unit + 2))) / 4) {
            unit++;
        }
        BigDecimal value = BigDecimal.valueOf(rate).divide(BigDecimal.valueOf(1L << (10 * (unit + 1))));
        return value.stripTrailingZeros().toPlainString() + " " + UNITS[unit] + "/s";
    }
}
