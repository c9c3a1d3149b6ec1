package minitorrent.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

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

    @Test
    void ticksReadAsShortRoundNumbersInTheUnitOfTheSteps() {
        RateAxis nearlyOneMib = RateAxis.of(900 * KIB);
        assertEquals(List.of("0 MiB/s", "0.25 MiB/s", "0.5 MiB/s", "0.75 MiB/s", "1 MiB/s"), labels(nearlyOneMib));
        assertEquals(List.of("0 KiB/s", "200 KiB/s", "400 KiB/s", "600 KiB/s"), labels(RateAxis.of(590 * KIB)));
        Pattern shortAndRound = Pattern.compile("(0|[1-9]\\d{0,2})(\\.\\d{1,2})? [KMGT]iB/s");
        for (long peak = 1; peak < 64L * 1024 * MIB; peak = peak * 11 / 10 + 7) {
            for (String label : labels(RateAxis.of(peak))) {
                assertTrue(shortAndRound.matcher(label).matches(), peak + ": " + label);
            }
        }
    }

    private static List<String> labels(RateAxis axis) {
        return IntStream.rangeClosed(0, axis.steps()).mapToObj(tick -> axis.label(tick * axis.step())).toList();
    }
}
