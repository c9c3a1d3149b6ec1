package minitorrent.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * When a torrent announces next (BEP 3 interval and min interval, back-off on failure), on a clock the
 * test moves.
 */
class AnnounceSchedulerTest {

    private final MutableClock clock = new MutableClock();
    private final Instant start = clock.instant();
    private final AnnounceScheduler scheduler = new AnnounceScheduler(clock,
            new Backoff(Duration.ofSeconds(15), Duration.ofMinutes(2)));

    @Test
    void theFirstAnnounceIsDueAtOnce() {
        assertTrue(scheduler.isDue());
        assertEquals(Duration.ZERO, scheduler.untilNext());
    }

    @Test
    void aSuccessSchedulesTheNextAfterTheInterval() {
        scheduler.succeeded(Duration.ofMinutes(30), Duration.ofMinutes(1));
        assertFalse(scheduler.isDue());
        assertEquals(start.plus(Duration.ofMinutes(30)), scheduler.nextAnnounce());
        clock.advance(Duration.ofMinutes(30));
        assertTrue(scheduler.isDue());
    }

    @Test
    void anAnnounceOutOfTurnWaitsForTheMinInterval() {
        scheduler.succeeded(Duration.ofMinutes(30), Duration.ofMinutes(1));
        clock.advance(Duration.ofSeconds(20));
        scheduler.announceSoon();
        assertEquals(start.plus(Duration.ofMinutes(1)), scheduler.nextAnnounce());
        clock.advance(Duration.ofMinutes(5));
        scheduler.announceSoon();
        assertTrue(scheduler.isDue(), "past the min interval it may go at once");
    }

    @Test
    void failuresBackOffExponentiallyUpToTheCap() {
        scheduler.failed();
        assertEquals(start.plusSeconds(15), scheduler.nextAnnounce());
        scheduler.failed();
        assertEquals(start.plusSeconds(30), scheduler.nextAnnounce());
        scheduler.failed();
        scheduler.failed();
        scheduler.failed();
        assertEquals(start.plus(Duration.ofMinutes(2)), scheduler.nextAnnounce());
        assertEquals(5, scheduler.consecutiveFailures());
        scheduler.succeeded(Duration.ofMinutes(10), Duration.ZERO);
        assertEquals(0, scheduler.consecutiveFailures());
    }

    @Test
    void aFailureSoonAfterASuccessStillRespectsTheMinInterval() {
        scheduler.succeeded(Duration.ofMinutes(30), Duration.ofMinutes(5));
        scheduler.failed();
        assertEquals(start.plus(Duration.ofMinutes(5)), scheduler.nextAnnounce());
    }

    @Test
    void aZeroIntervalCannotMakeUsHammerTheTracker() {
        scheduler.succeeded(Duration.ZERO, Duration.ZERO);
        assertEquals(start.plus(AnnounceScheduler.SHORTEST_INTERVAL), scheduler.nextAnnounce());
    }
}
