package minitorrent.tracker;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How our embedded tracker runs: where it listens, what it tells clients, and the limits that
 * keep it safe on an open network. Peers that do not re-announce within two intervals are
 * dropped.
 *
 * @param bindAddress            the address to listen on; 127.0.0.1 unless the user chose another
 * @param httpPort               the TCP port for HTTP announce and scrape; 0 picks a free one
 * @param udpEnabled             whether to serve UDP trackers (BEP 15) too
 * @param udpPort                the UDP port; 0 picks a free one
 * @param interval               the announce interval told to clients
 * @param minInterval            the min interval told to clients
 * @param maxPeersPerReply       the most peers in one reply, whatever numwant says
 * @param requestsPerMinutePerIp requests one address may make per minute (HTTP and UDP together)
 * @param maxTorrents            the most torrents tracked at once
 * @param maxPeersPerTorrent     the most peers tracked per torrent
 * @param clock                  the time source for peer expiry, rate limits and UDP connection ids
 */
public record TrackerServerConfig(InetAddress bindAddress, int httpPort, boolean udpEnabled, int udpPort,
        Duration interval, Duration minInterval, int maxPeersPerReply, int requestsPerMinutePerIp, int maxTorrents,
        int maxPeersPerTorrent, Clock clock) {

    /** The default port of BitTorrent trackers, HTTP and UDP. */
    public static final int DEFAULT_PORT = 6969;

    public TrackerServerConfig {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(clock, "clock");
        if (httpPort < 0 || httpPort > 65535 || udpPort < 0 || udpPort > 65535) {
            throw new IllegalArgumentException("ports must be 0 to 65535, not " + httpPort + " and " + udpPort);
        }
        if (interval.compareTo(Duration.ofSeconds(1)) < 0 || minInterval.isNegative() || minInterval.compareTo(interval) > 0) {
            throw new IllegalArgumentException("interval must be 1 s or more and min interval 0 to interval: "
                    + interval + ", " + minInterval);
        }
        if (maxPeersPerReply < 0 || requestsPerMinutePerIp < 1 || maxTorrents < 1 || maxPeersPerTorrent < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * The defaults: 127.0.0.1, HTTP and UDP on port 6969, interval 30 minutes (min 1 minute), 50
     * peers a reply, 120 requests a minute per address, 10,000 torrents of 5,000 peers each.
     */
    public static TrackerServerConfig defaults() {
        return new TrackerServerConfig(InetAddress.getLoopbackAddress(), DEFAULT_PORT, true, DEFAULT_PORT,
                Duration.ofMinutes(30), Duration.ofMinutes(1), 50, 120, 10_000, 5_000, Clock.systemUTC());
    }

    public TrackerServerConfig withBindAddress(InetAddress address) {
        return new TrackerServerConfig(address, httpPort, udpEnabled, udpPort, interval, minInterval, maxPeersPerReply,
                requestsPerMinutePerIp, maxTorrents, maxPeersPerTorrent, clock);
    }

    /** HTTP and UDP on these ports (0 for any free one). */
    public TrackerServerConfig withPorts(int http, int udp) {
        return new TrackerServerConfig(bindAddress, http, udpEnabled, udp, interval, minInterval, maxPeersPerReply,
                requestsPerMinutePerIp, maxTorrents, maxPeersPerTorrent, clock);
    }

    /** The same port number for HTTP (TCP) and UDP; 0 picks a free one for each. */
    public TrackerServerConfig withPort(int port) {
        return withPorts(port, port);
    }

    public TrackerServerConfig withUdp(boolean enabled) {
        return new TrackerServerConfig(bindAddress, httpPort, enabled, udpPort, interval, minInterval, maxPeersPerReply,
                requestsPerMinutePerIp, maxTorrents, maxPeersPerTorrent, clock);
    }

    public TrackerServerConfig withIntervals(Duration newInterval, Duration newMinInterval) {
        return new TrackerServerConfig(bindAddress, httpPort, udpEnabled, udpPort, newInterval, newMinInterval,
                maxPeersPerReply, requestsPerMinutePerIp, maxTorrents, maxPeersPerTorrent, clock);
    }

    public TrackerServerConfig withMaxPeersPerReply(int peers) {
        return new TrackerServerConfig(bindAddress, httpPort, udpEnabled, udpPort, interval, minInterval, peers,
                requestsPerMinutePerIp, maxTorrents, maxPeersPerTorrent, clock);
    }

    public TrackerServerConfig withRequestsPerMinutePerIp(int requests) {
        return new TrackerServerConfig(bindAddress, httpPort, udpEnabled, udpPort, interval, minInterval,
                maxPeersPerReply, requests, maxTorrents, maxPeersPerTorrent, clock);
    }

    public TrackerServerConfig withClock(Clock newClock) {
        return new TrackerServerConfig(bindAddress, httpPort, udpEnabled, udpPort, interval, minInterval,
                maxPeersPerReply, requestsPerMinutePerIp, maxTorrents, maxPeersPerTorrent, newClock);
    }

    /** How long a peer stays listed without announcing: two intervals. */
    public Duration peerLifetime() {
        return interval.multipliedBy(2);
    }
}
