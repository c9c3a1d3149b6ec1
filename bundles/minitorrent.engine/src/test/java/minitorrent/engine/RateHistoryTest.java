package minitorrent.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RateHistoryTest {

    @Test
    void theNewestSampleIsAgeZeroAndSecondsBeforeTheFirstReadAsZero() {
        RateHistory history = new RateHistory(10);
        history.record(100, 1000, 10);
        history.record(101, 2000, 20);
        assertEquals(2, history.size());
        assertEquals(2000, history.download(0));
        assertEquals(20, history.upload(0));
        assertEquals(1000, history.download(1));
        assertEquals(0, history.download(2), "before the first sample");
        assertEquals(0, history.upload(-1), "after the newest sample");
    }

    @Test
    void aCopyKeepsTheSamplesAndIsLeftAloneByLaterRecording() {
        RateHistory history = new RateHistory(3);
        history.record(7, 700, 70);
        history.record(8, 800, 80);
        RateHistory copy = history.copy();
        history.record(9, 900, 90);
        history.record(10, 1000, 100);
        assertEquals(2, copy.size());
        assertEquals(800, copy.download(0));
        assertEquals(70, copy.upload(1));
        copy.record(9, 5, 5);
        assertEquals(900, history.download(1), "recording into the copy leaves the original alone");
    }

    @Test
    void aFullHistoryForgetsTheOldestSecondAndKeepsItsSize() {
        RateHistory history = new RateHistory(3);
        for (int second = 0; second < 5; second++) {
            history.record(second, second * 100L, 0);
        }
        assertEquals(3, history.size());
        assertEquals(400, history.download(0));
        assertEquals(200, history.download(2));
        assertEquals(0, history.download(3), "second 1 is forgotten");
    }

    @Test
    void aSecondGivenTwiceKeepsTheLaterRates() {
        RateHistory history = new RateHistory(5);
        history.record(7, 100, 1);
        history.record(7, 300, 3);
        assertEquals(1, history.size());
        assertEquals(300, history.download(0));
        assertEquals(3, history.upload(0));
    }

    @Test
    void skippedSecondsTakeTheRatesOfTheSampleThatEndsTheGap() {
        RateHistory history = new RateHistory(10);
        history.record(0, 100, 0);
        history.record(3, 400, 40);
        assertEquals(4, history.size());
        assertEquals(400, history.download(0));
        assertEquals(400, history.download(2));
        assertEquals(40, history.upload(2));
        assertEquals(100, history.download(3));
    }

    @Test
    void aGapLongerThanTheHistoryLeavesOnlyTheNewRates() {
        RateHistory history = new RateHistory(4);
        history.record(0, 100, 0);
        history.record(1_000_000, 7, 0);
        assertEquals(4, history.size());
        for (int age = 0; age < 4; age++) {
            assertEquals(7, history.download(age));
        }
    }

    @Test
    void thePeakIsTheHighestRateDownOrUp() {
        RateHistory history = new RateHistory(3);
        assertEquals(0, history.peak());
        history.record(0, 5000, 100);
        history.record(1, 100, 900);
        history.record(2, 100, 900);
        history.record(3, 100, 900);
        assertEquals(900, history.peak(), "5000 was forgotten");
    }

    @Test
    void aSecondBeforeTheNewestOrAnEmptyCapacityIsRefusedWithTheReason() {
        RateHistory history = new RateHistory(3);
        history.record(10, 0, 0);
        IllegalArgumentException back = assertThrows(IllegalArgumentException.class, () -> history.record(9, 0, 0));
        assertEquals("second 9 is before the newest recorded one, 10", back.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RateHistory(0));
    }
}
