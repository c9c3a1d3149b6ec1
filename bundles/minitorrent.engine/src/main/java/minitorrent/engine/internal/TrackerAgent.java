package minitorrent.engine.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import minitorrent.engine.TrackerSnapshot;
import minitorrent.metainfo.InfoHash;
import minitorrent.protocol.PeerAddress;
import minitorrent.protocol.PeerId;
import minitorrent.tracker.AnnounceEvent;
import minitorrent.tracker.AnnounceOutcome;
import minitorrent.tracker.AnnounceRequest;
import minitorrent.tracker.Backoff;
import minitorrent.tracker.MultitrackerAnnouncer;
import minitorrent.tracker.TrackerClientOptions;
import minitorrent.tracker.TrackerClients;
import minitorrent.tracker.TrackerStatus;
import minitorrent.tracker.TrackerTiers;

/**
 * Announces one torrent to its trackers on a thread of its own (announces block on the network,
 * the event loop must not): "started" first, then again when the trackers say, "completed" once
 * the download finishes, "stopped" when closed. Peers and failures go to {@link Reports}, which
 * hands them to the event loop.
 */
public final class TrackerAgent implements AutoCloseable {

    /** Transfer totals for an announce, read from the event loop's published counters. */
    public record Totals(long uploaded, long downloaded, long left) {
    }

    /** Where the agent's findings go; called on the agent's thread. */
    public interface Reports {
        void peers(List<PeerAddress> peers);

        void failed(String reason);
    }

    private static final long STOP_WAIT_MILLIS = 3000;

    private final MultitrackerAnnouncer announcer;
    private final AnnounceRequest base;
    private final IntSupplier port;
    private final Supplier<Totals> totals;
    private final Reports reports;
    private final Semaphore wake = new Semaphore(0);
    private final Map<URI, Instant> lastAnswer = new HashMap<>();
    private final Map<URI, AnnounceOutcome.Answered> lastReply = new HashMap<>();
    private final Thread thread;
    private volatile boolean stopping;
    private volatile boolean completedPending;
    private volatile List<TrackerSnapshot> snapshot = List.of();

    /** @param port the port peers reach us on, asked at each announce as the session can move it */
    public TrackerAgent(InfoHash infoHash, PeerId peerId, IntSupplier port, int key, List<List<URI>> tiers, Supplier<Totals> totals,
            Reports reports) {
        this.announcer = new MultitrackerAnnouncer(new TrackerTiers(tiers, new Random()),
                uri -> TrackerClients.open(uri, TrackerClientOptions.DEFAULT), Clock.systemUTC(), Backoff.DEFAULT);
        this.port = port;
        this.base = new AnnounceRequest(infoHash, peerId, port.getAsInt(), 0, 0, 0, AnnounceEvent.STARTED,
                AnnounceRequest.DEFAULT_NUM_WANT, key);
        this.totals = totals;
        this.reports = reports;
        this.thread = Thread.ofVirtual().name("minitorrent-tracker-" + infoHash.hex().substring(0, 8)).unstarted(this::run);
        publish();
    }

    public void start() {
        thread.start();
    }

    /** The download finished: tell the trackers now. */
    public void completed() {
        completedPending = true;
        wake.release();
    }

    /** Announce now rather than when the trackers said (the user asked, or we need peers). */
    public void announceSoon() {
        wake.release();
    }

    /** The trackers as a Trackers view shows them; thread-safe. */
    public List<TrackerSnapshot> snapshot() {
        return snapshot;
    }

    private void run() {
        AnnounceEvent event = AnnounceEvent.STARTED;
        boolean started = false;
        try {
            while (!stopping) {
                if (completedPending && started) {
                    completedPending = false;
                    event = AnnounceEvent.COMPLETED;
                }
                AnnounceOutcome outcome = announce(event, AnnounceRequest.DEFAULT_NUM_WANT);
                if (outcome instanceof AnnounceOutcome.Answered answered) {
                    started = true;
                    event = AnnounceEvent.NONE;
                    reports.peers(answered.result().peers());
                } else if (outcome instanceof AnnounceOutcome.AllFailed failed) {
                    reports.failed(failed.failures().isEmpty() ? "no tracker to announce to"
                            : failed.failures().get(failed.failures().size() - 1).reason());
                }
                long waitMillis = Math.max(0, announcer.scheduler().untilNext().toMillis());
                if (wake.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                    wake.drainPermits();
                }
            }
            if (started) {
                announce(AnnounceEvent.STOPPED, 0);
            }
        } catch (InterruptedException e) {
            // closing without waiting for the "stopped" announce
        } finally {
            announcer.close();
        }
    }

    private AnnounceOutcome announce(AnnounceEvent event, int numWant) throws InterruptedException {
        Totals now = totals.get();
        AnnounceRequest request = new AnnounceRequest(base.infoHash(), base.peerId(), port.getAsInt(), now.uploaded(),
                now.downloaded(), now.left(), event, numWant, base.key());
        AnnounceOutcome outcome = announcer.announce(request);
        if (outcome instanceof AnnounceOutcome.Answered answered) {
            lastAnswer.put(answered.tracker(), Instant.now());
            lastReply.put(answered.tracker(), answered);
        }
        publish();
        return outcome;
    }

    private void publish() {
        Instant next = announcer.scheduler().nextAnnounce();
        snapshot = announcer.trackers().stream().map(status -> snapshotOf(status, next)).toList();
    }

    private TrackerSnapshot snapshotOf(TrackerStatus status, Instant next) {
        AnnounceOutcome.Answered reply = lastReply.get(status.tracker());
        OptionalInt seeders = reply == null ? OptionalInt.empty() : reply.result().seeders();
        OptionalInt leechers = reply == null ? OptionalInt.empty() : reply.result().leechers();
        Optional<String> message = status.lastMessage().or(() -> reply == null ? Optional.empty() : reply.result().warning());
        return new TrackerSnapshot(status.tracker(), status.tier(), status.consecutiveFailures(),
                Optional.ofNullable(lastAnswer.get(status.tracker())), Optional.of(next), seeders, leechers, message);
    }

    /** Stops announcing: sends "stopped" if the trackers knew us, waiting for it at most 3 s. */
    @Override
    public void close() {
        stopping = true;
        wake.release();
        try {
            thread.join(STOP_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            thread.interrupt();
        }
    }
}
