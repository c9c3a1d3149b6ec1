package minitorrent.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RateMeterTest {

    @Test
    void theRateIsTheAverageOfTheLastSecondsAndFallsToZeroWhenTheTransferStops() {
        RateMeter meter = new RateMeter();
        assertEquals(0, meter.rate());
        meter.add(1000);
        meter.sample(1);
        meter.add(3000);
        meter.sample(1);
        assertEquals(2000, meter.rate(), "the average of 1000 and 3000 bytes a second");
        for (int second = 0; second < RateMeter.WINDOW; second++) {
            meter.sample(1);
        }
        assertEquals(0, meter.rate(), "nothing for a whole window");
        assertEquals(4000, meter.total());
    }

    @Test
    void aSampleOfHalfASecondCountsDouble() {
        RateMeter meter = new RateMeter();
        meter.add(500);
        meter.sample(0.5);
        assertEquals(1000, meter.rate());
    }
}
