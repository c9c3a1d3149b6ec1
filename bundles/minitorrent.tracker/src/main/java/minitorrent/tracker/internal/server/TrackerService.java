package minitorrent.tracker.internal.server;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

import minitorrent.metainfo.InfoHash;
import minitorrent.protocol.PeerAddress;
import minitorrent.tracker.SwarmSnapshot;
import minitorrent.tracker.SwarmStats;
import minitorrent.tracker.TrackerServerConfig;
import minitorrent.tracker.TrackerServerEvent;
import minitorrent.tracker.TrackerServerEvent.Transport;
import minitorrent.tracker.TrackerServerListener;

/**
 * What our tracker does, whichever protocol a request came over: rate limiting per address,
 * announces and scrapes on the shared {@link SwarmRegistry}, and events for the listener. The
 * HTTP and UDP front ends only translate. Thread-safe: called from every connection's thread.
 */
public final class TrackerService {

    private static final System.Logger LOG = System.getLogger(TrackerService.class.getName());
    /** How often silent peers of torrents nobody asks about are dropped. */
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);
    /** The failure reason sent to a client over its rate limit. */
    static final String RATE_LIMITED = "too many requests from this address, try again in a minute";

    private final TrackerServerConfig config;
    private final TrackerServerListener listener;
    private final SwarmRegistry registry;
    private final RateLimiter rateLimiter;
    /** Guarded by this. */
    private Instant lastSweep;

    public TrackerService(TrackerServerConfig config, TrackerServerListener listener) {
        this.config = config;
        this.listener = listener;
        this.registry = new SwarmRegistry(config.clock(), config.peerLifetime(), config.maxPeersPerReply(),
                config.maxTorrents(), config.maxPeersPerTorrent(), new Random());
        this.rateLimiter = new RateLimiter(config.clock(), config.requestsPerMinutePerIp());
        this.lastSweep = config.clock().instant();
    }

    /** True when the address may make another request now; a refusal is reported to the listener. */
    boolean admit(InetAddress from, Transport transport) {
        if (rateLimiter.tryAcquire(from)) {
            return true;
        }
        emit(new TrackerServerEvent.Rejected(transport, from, RATE_LIMITED));
        return false;
    }

    SwarmAnswer announce(AnnounceParameters announce, PeerAddress from, Transport transport)
            throws InvalidRequestException {
        sweepNowAndThen();
        SwarmAnswer answer = registry.announce(announce, from);
        emit(new TrackerServerEvent.Announced(transport, announce.infoHash(), from, announce.event(),
                answer.peers().size()));
        return answer;
    }

    Map<InfoHash, SwarmStats> scrape(List<InfoHash> infoHashes, InetAddress from, Transport transport) {
        Map<InfoHash, SwarmStats> stats = registry.scrape(infoHashes);
        emit(new TrackerServerEvent.Scraped(transport, from, infoHashes.size()));
        return stats;
    }

    void rejected(Transport transport, InetAddress from, String reason) {
        emit(new TrackerServerEvent.Rejected(transport, from, reason));
    }

    Duration interval() {
        return config.interval();
    }

    Duration minInterval() {
        return config.minInterval();
    }

    public List<SwarmSnapshot> snapshot() {
        return registry.snapshot();
    }

    /** Tells the listener; its failures must not reach the tracker's threads. */
    public void emit(TrackerServerEvent event) {
        try {
            listener.onEvent(event);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "tracker event listener failed on " + event, e);
        }
    }

    private void sweepNowAndThen() {
        Instant now = config.clock().instant();
        synchronized (this) {
            if (now.isBefore(lastSweep.plus(SWEEP_EVERY))) {
                return;
            }
            lastSweep = now;
        }
        registry.dropExpired(now);
    }
}
