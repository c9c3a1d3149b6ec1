package minitorrent.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import minitorrent.ui.internal.views.RateAxis;

class RateAxisTest {

    private static final long KIB = 1024;
    private static final long MIB = 1024 * KIB;

    @Test
    void anIdleGraphStillHasAScaleOfOneKibPerSecond() {
        assertEquals(new RateAxis(256, KIB), RateAxis.of(0));
    }

    @Test
    void ticksAreRoundRatesInBinaryUnitsAndTheTopIsJustAboveThePeak() {
        assertEquals(new RateAxis(200 * KIB, 600 * KIB), RateAxis.of(590 * KIB));
        assertEquals(new RateAxis(MIB, 4 * MIB), RateAxis.of(3 * MIB + 400 * KIB));
        assertEquals(new RateAxis(20 * MIB, 100 * MIB), RateAxis.of(81 * MIB));
        assertEquals(new RateAxis(512, 3 * 512), RateAxis.of(1500));
    }

    @Test
    void everyPeakFitsUnderTheTopInAtMostFiveSteps() {
        for (long peak = 1; peak < 64L * 1024 * MIB; peak = peak * 3 / 2 + 7) {
            RateAxis axis = RateAxis.of(peak);
            assertTrue(axis.top() >= peak, peak + " under " + axis);
            assertTrue(axis.steps() >= 2 && axis.steps() <= 5, peak + ": " + axis);
            assertEquals(0, axis.top() % axis.step());
        }
    }
}
