package minitorrent.tracker.internal.server;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A token bucket per client address: each address may make {@code perMinute} requests at once
 * and gets them back at that rate, so one client cannot flood the tracker. The table forgets
 * addresses whose bucket has refilled, so it stays small. Thread-safe: methods hold its lock.
 */
final class RateLimiter {

    /** Above this many addresses the full buckets are forgotten. */
    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final int perMinute;
    private final Map<InetAddress, Bucket> buckets = new HashMap<>();

    RateLimiter(Clock clock, int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("the rate limit must be 1 request a minute or more, not " + perMinute);
        }
        this.clock = clock;
        this.perMinute = perMinute;
    }

    /** Takes one request from the address's bucket; false when it is empty. */
    synchronized boolean tryAcquire(InetAddress address) {
        Instant now = clock.instant();
        if (buckets.size() > PRUNE_ABOVE) {
            buckets.values().removeIf(bucket -> tokens(bucket, now) >= perMinute);
        }
        Bucket bucket = buckets.get(address);
        double tokens = bucket == null ? perMinute : tokens(bucket, now);
        if (tokens < 1) {
            buckets.put(address, new Bucket(tokens, now));
            return false;
        }
        buckets.put(address, new Bucket(tokens - 1, now));
        return true;
    }

    private double tokens(Bucket bucket, Instant now) {
        double minutes = Duration.between(bucket.at(), now).toNanos() / 60e9;
        return Math.min(perMinute, bucket.tokens() + Math.max(0, minutes) * perMinute);
    }

    /** The tokens an address had at a moment. */
    private record Bucket(double tokens, Instant at) {
    }
}
