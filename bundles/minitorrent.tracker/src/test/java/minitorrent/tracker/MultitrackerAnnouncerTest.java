package minitorrent.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;

import org.junit.jupiter.api.Test;

import minitorrent.metainfo.InfoHash;
import minitorrent.protocol.PeerId;

/** BEP 12 announcing with trackers that answer from memory, on a clock the test moves. */
class MultitrackerAnnouncerTest {

    private static final URI A = URI.create("http://a/announce");
    private static final URI B = URI.create("http://b/announce");
    private static final URI C = URI.create("udp://c:80/announce");
    private static final AnnounceRequest REQUEST = new AnnounceRequest(InfoHash.fromHex("00".repeat(20)),
            PeerId.generate(), 6881, 0, 0, 1, AnnounceEvent.STARTED, 50, 0);
    private static final AnnounceResult.Success OK = new AnnounceResult.Success(List.of(), Duration.ofMinutes(30),
            Duration.ofMinutes(1), OptionalInt.empty(), OptionalInt.empty(), Optional.empty());

    private final MutableClock clock = new MutableClock();
    /** What each tracker does; a missing entry means it answers OK. */
    private final Map<URI, String> failing = new HashMap<>();
    private final List<URI> asked = new ArrayList<>();
    private final List<URI> opened = new ArrayList<>();

    private final TrackerConnector connector = uri -> {
        opened.add(uri);
        return new TrackerClient() {
            @Override
            public URI uri() {
                return uri;
            }

            @Override
            public AnnounceResult announce(AnnounceRequest request) throws TrackerException {
                asked.add(uri);
                String behaviour = failing.get(uri);
                if (behaviour == null) {
                    return OK;
                }
                if (behaviour.equals("unreachable")) {
                    throw new TrackerException("cannot reach " + uri.getHost());
                }
                return new AnnounceResult.Failure(behaviour);
            }

            @Override
            public ScrapeResult scrape(List<InfoHash> infoHashes) {
                return new ScrapeResult.Unsupported("not needed here");
            }

            @Override
            public void close() {
            }
        };
    };

    /** Tier 0 holds A and B, shuffled; tier 1 holds C. */
    private MultitrackerAnnouncer announcer(TrackerTiers tiers) {
        return new MultitrackerAnnouncer(tiers, connector, clock, new Backoff(Duration.ofSeconds(15), Duration.ofMinutes(4)));
    }

    @Test
    void triesTheTierInOrderUntilOneAnswersAndMovesItToTheFront() throws Exception {
        TrackerTiers tiers = new TrackerTiers(List.of(List.of(A, B), List.of(C)), new Random(3));
        URI first = tiers.attemptOrder().get(0);
        URI second = tiers.attemptOrder().get(1);
        failing.put(first, "unreachable");
        try (MultitrackerAnnouncer announcer = announcer(tiers)) {
            AnnounceOutcome.Answered answered = assertInstanceOf(AnnounceOutcome.Answered.class, announcer.announce(REQUEST));
            assertEquals(second, answered.tracker());
            assertEquals(List.of(new AnnounceOutcome.TrackerFailure(first, "cannot reach " + first.getHost())),
                    answered.failures());
            assertEquals(List.of(second, first, C), tiers.attemptOrder());
            assertEquals(clock.instant().plus(Duration.ofMinutes(30)), announcer.scheduler().nextAnnounce());
        }
    }

    @Test
    void aRefusalAlsoMovesOnToTheNextTier() throws Exception {
        failing.put(A, "unregistered torrent");
        failing.put(B, "unregistered torrent");
        try (MultitrackerAnnouncer announcer = announcer(new TrackerTiers(List.of(List.of(A, B), List.of(C)), new Random(0)))) {
            AnnounceOutcome.Answered answered = assertInstanceOf(AnnounceOutcome.Answered.class, announcer.announce(REQUEST));
            assertEquals(C, answered.tracker());
            assertEquals(2, answered.failures().size());
            assertEquals(Optional.of("unregistered torrent"), announcer.trackers().stream()
                    .filter(status -> status.tracker().equals(A)).findFirst().orElseThrow().lastMessage());
        }
    }

    @Test
    void whenAllFailTheAnnounceBacksOff() throws Exception {
        failing.put(A, "unreachable");
        failing.put(C, "unreachable");
        try (MultitrackerAnnouncer announcer = announcer(new TrackerTiers(List.of(List.of(A), List.of(C)), new Random(0)))) {
            AnnounceOutcome.AllFailed failed = assertInstanceOf(AnnounceOutcome.AllFailed.class, announcer.announce(REQUEST));
            assertEquals(List.of(A, C), failed.failures().stream().map(AnnounceOutcome.TrackerFailure::tracker).toList());
            assertEquals(clock.instant().plusSeconds(15), announcer.scheduler().nextAnnounce());
            clock.advance(Duration.ofSeconds(15));
            announcer.announce(REQUEST);
            assertEquals(clock.instant().plusSeconds(30), announcer.scheduler().nextAnnounce());
        }
    }

    @Test
    void aFailedTrackerIsLeftOutWhileItBacksOff() throws Exception {
        failing.put(A, "unreachable");
        try (MultitrackerAnnouncer announcer = announcer(new TrackerTiers(List.of(List.of(A), List.of(B)), new Random(0)))) {
            announcer.announce(REQUEST);
            assertEquals(List.of(A, B), asked);
            asked.clear();
            clock.advance(Duration.ofSeconds(10));
            announcer.announce(REQUEST);
            assertEquals(List.of(B), asked, "A backs off for 15 s after one failure");
            asked.clear();
            clock.advance(Duration.ofSeconds(5));
            announcer.announce(REQUEST);
            assertEquals(List.of(A, B), asked);
            TrackerStatus a = announcer.trackers().get(0);
            assertEquals(2, a.consecutiveFailures());
            assertEquals(clock.instant().plusSeconds(30), a.retryAt());
        }
    }

    @Test
    void whenEveryTrackerBacksOffAllAreTriedAnyway() throws Exception {
        failing.put(A, "unreachable");
        try (MultitrackerAnnouncer announcer = announcer(TrackerTiers.single(A))) {
            announcer.announce(REQUEST);
            announcer.announce(REQUEST);
            assertEquals(List.of(A, A), asked);
        }
    }

    @Test
    void eachTrackerIsOpenedOnce() throws Exception {
        try (MultitrackerAnnouncer announcer = announcer(TrackerTiers.single(A))) {
            announcer.announce(REQUEST);
            announcer.announce(REQUEST);
            assertEquals(List.of(A), opened);
        }
    }
}
