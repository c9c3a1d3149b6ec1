package minitorrent.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The exponential, capped wait after failures in a row. */
class BackoffTest {

    @Test
    void doublesFromTheBaseUpToTheCap() {
        Backoff backoff = new Backoff(Duration.ofSeconds(15), Duration.ofMinutes(5));
        assertEquals(Duration.ofSeconds(15), backoff.after(1));
        assertEquals(Duration.ofSeconds(30), backoff.after(2));
        assertEquals(Duration.ofSeconds(60), backoff.after(3));
        assertEquals(Duration.ofSeconds(240), backoff.after(5));
        assertEquals(Duration.ofMinutes(5), backoff.after(6));
        assertEquals(Duration.ofMinutes(5), backoff.after(Integer.MAX_VALUE));
    }

    @Test
    void badArguments() {
        assertThrows(IllegalArgumentException.class, () -> Backoff.DEFAULT.after(0));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    }
}
