package minitorrent.tracker;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How patient and how trusting tracker clients are: timeouts, redirects, reply size, and the
 * UDP retransmission schedule (BEP 15: wait {@code base * 2^n}, n from 0 to {@code
 * udpMaxRetransmissions}). The defaults are the BEP's; tests shorten the base timeout.
 *
 * @param connectTimeout        how long an HTTP connection may take to open
 * @param requestTimeout        how long an HTTP request may take, reply included
 * @param maxRedirects          how many HTTP redirects are followed before giving up
 * @param maxReplyBytes         the largest reply body read; a larger one is an error, not decoded
 * @param udpBaseTimeout        the first UDP timeout, doubled after each retransmission (BEP 15: 15 s)
 * @param udpMaxRetransmissions the largest n in {@code 15 * 2^n} (BEP 15: 8)
 * @param clock                 the time source for the UDP connection id's one-minute lifetime
 */
public record TrackerClientOptions(Duration connectTimeout, Duration requestTimeout, int maxRedirects, int maxReplyBytes,
        Duration udpBaseTimeout, int udpMaxRetransmissions, Clock clock) {

    /** The defaults: 10 s to connect, 30 s a request, 5 redirects, 2 MiB, BEP 15's 15 s and 8. */
    public static final TrackerClientOptions DEFAULT = new TrackerClientOptions(Duration.ofSeconds(10),
            Duration.ofSeconds(30), 5, 2 * 1024 * 1024, Duration.ofSeconds(15), 8, Clock.systemUTC());

    /** Rejects values that could never work. */
    public TrackerClientOptions {
        Objects.requireNonNull(clock, "clock");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || requestTimeout.isNegative()
                || requestTimeout.isZero() || udpBaseTimeout.isNegative() || udpBaseTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (maxRedirects < 0 || maxReplyBytes < 1 || udpMaxRetransmissions < 0 || udpMaxRetransmissions > 16) {
            throw new IllegalArgumentException("bad limits: redirects " + maxRedirects + ", reply bytes "
                    + maxReplyBytes + ", retransmissions " + udpMaxRetransmissions);
        }
    }

    public TrackerClientOptions withRequestTimeout(Duration timeout) {
        return new TrackerClientOptions(connectTimeout, timeout, maxRedirects, maxReplyBytes, udpBaseTimeout,
                udpMaxRetransmissions, clock);
    }

    public TrackerClientOptions withMaxRedirects(int redirects) {
        return new TrackerClientOptions(connectTimeout, requestTimeout, redirects, maxReplyBytes, udpBaseTimeout,
                udpMaxRetransmissions, clock);
    }

    public TrackerClientOptions withMaxReplyBytes(int bytes) {
        return new TrackerClientOptions(connectTimeout, requestTimeout, maxRedirects, bytes, udpBaseTimeout,
                udpMaxRetransmissions, clock);
    }

    /** These options with another UDP schedule: first timeout {@code base}, at most {@code n} doublings. */
    public TrackerClientOptions withUdpRetransmission(Duration base, int maxRetransmissions) {
        return new TrackerClientOptions(connectTimeout, requestTimeout, maxRedirects, maxReplyBytes, base,
                maxRetransmissions, clock);
    }

    public TrackerClientOptions withClock(Clock newClock) {
        return new TrackerClientOptions(connectTimeout, requestTimeout, maxRedirects, maxReplyBytes, udpBaseTimeout,
                udpMaxRetransmissions, newClock);
    }
}
