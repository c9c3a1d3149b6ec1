package minitorrent.tracker.internal.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import minitorrent.tracker.MutableClock;

/** The per-address token bucket, on a clock the test moves. */
class RateLimiterTest {

    private final MutableClock clock = new MutableClock();
    private final RateLimiter limiter = new RateLimiter(clock, 3);

    @Test
    void anAddressGetsItsBurstThenWaitsForTokens() throws Exception {
        InetAddress a = InetAddress.getByName("10.0.0.1");
        InetAddress b = InetAddress.getByName("10.0.0.2");
        assertTrue(limiter.tryAcquire(a));
        assertTrue(limiter.tryAcquire(a));
        assertTrue(limiter.tryAcquire(a));
        assertFalse(limiter.tryAcquire(a));
        assertTrue(limiter.tryAcquire(b), "another address has its own bucket");
        clock.advance(Duration.ofSeconds(19));
        assertFalse(limiter.tryAcquire(a), "one token takes 20 s at 3 a minute");
        clock.advance(Duration.ofSeconds(2));
        assertTrue(limiter.tryAcquire(a));
        assertFalse(limiter.tryAcquire(a));
        clock.advance(Duration.ofHours(1));
        assertTrue(limiter.tryAcquire(a));
        assertTrue(limiter.tryAcquire(a));
        assertTrue(limiter.tryAcquire(a));
        assertFalse(limiter.tryAcquire(a), "a long pause refills to the burst, no more");
    }
}
