package minitorrent.tracker;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Announces one torrent to its trackers as BEP 12 says: tier by tier, tracker by tracker, until
 * one answers; the one that answered moves to the front of its tier. A tracker that failed is
 * left out for a {@link Backoff} growing with its failures in a row (unless every tracker is
 * backing off), and the {@link AnnounceScheduler} says when to announce next. Clients are opened
 * once per tracker and reused. Not thread-safe: owned by the thread that announces for the
 * torrent.
 */
public final class MultitrackerAnnouncer implements AutoCloseable {

    private final TrackerTiers tiers;
    private final TrackerConnector connector;
    private final Clock clock;
    private final Backoff backoff;
    private final AnnounceScheduler scheduler;
    private final Map<URI, TrackerClient> clients = new HashMap<>();
    private final Map<URI, Health> health = new HashMap<>();

    public MultitrackerAnnouncer(TrackerTiers tiers, TrackerConnector connector, Clock clock, Backoff backoff) {
        this.tiers = tiers;
        this.connector = connector;
        this.clock = clock;
        this.backoff = backoff;
        this.scheduler = new AnnounceScheduler(clock, backoff);
    }

    /** When to announce next; {@link #announce} keeps it up to date. */
    public AnnounceScheduler scheduler() {
        return scheduler;
    }

    /**
     * Announces to the first tracker that answers, trying them in tier order and skipping those
     * backing off after failures.
     */
    public AnnounceOutcome announce(AnnounceRequest request) throws InterruptedException {
        List<AnnounceOutcome.TrackerFailure> failures = new ArrayList<>();
        for (URI tracker : trackersToTry()) {
            String reason;
            try {
                AnnounceResult result = client(tracker).announce(request);
                if (result instanceof AnnounceResult.Success success) {
                    tiers.answered(tracker);
                    health.put(tracker, new Health(0, clock.instant(), success.warning()));
                    scheduler.succeeded(success.interval(), success.minInterval());
                    return new AnnounceOutcome.Answered(tracker, success, failures);
                }
                reason = ((AnnounceResult.Failure) result).reason();
            } catch (TrackerException e) {
                reason = e.getMessage();
            }
            failures.add(new AnnounceOutcome.TrackerFailure(tracker, reason));
            recordFailure(tracker, reason);
        }
        scheduler.failed();
        return new AnnounceOutcome.AllFailed(failures);
    }

    /** Every tracker in tier order, with its failures and when it may be asked again. */
    public List<TrackerStatus> trackers() {
        List<TrackerStatus> statuses = new ArrayList<>();
        for (URI tracker : tiers.attemptOrder()) {
            Health h = health.getOrDefault(tracker, Health.FRESH);
            statuses.add(new TrackerStatus(tracker, tiers.tierOf(tracker), h.failures(), h.retryAt(), h.message()));
        }
        return statuses;
    }

    @Override
    public void close() {
        clients.values().forEach(TrackerClient::close);
        clients.clear();
    }

    /** The trackers not backing off, in tier order; all of them when every one is backing off. */
    private List<URI> trackersToTry() {
        Instant now = clock.instant();
        List<URI> all = tiers.attemptOrder();
        List<URI> ready = all.stream()
                .filter(tracker -> !health.getOrDefault(tracker, Health.FRESH).retryAt().isAfter(now))
                .toList();
        return ready.isEmpty() ? all : ready;
    }

    private void recordFailure(URI tracker, String reason) {
        int failures = health.getOrDefault(tracker, Health.FRESH).failures() + 1;
        health.put(tracker, new Health(failures, clock.instant().plus(backoff.after(failures)), Optional.of(reason)));
    }

    private TrackerClient client(URI tracker) throws TrackerException {
        TrackerClient client = clients.get(tracker);
        if (client == null) {
            client = connector.open(tracker);
            clients.put(tracker, client);
        }
        return client;
    }

    /** A tracker's failures in a row, when it may be asked again, and its last message. */
    private record Health(int failures, Instant retryAt, Optional<String> message) {
        static final Health FRESH = new Health(0, Instant.MIN, Optional.empty());
    }
}
