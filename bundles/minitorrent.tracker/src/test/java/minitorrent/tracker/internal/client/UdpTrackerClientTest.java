package minitorrent.tracker.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import minitorrent.metainfo.InfoHash;
import minitorrent.protocol.PeerAddress;
import minitorrent.protocol.PeerId;
import minitorrent.tracker.AnnounceEvent;
import minitorrent.tracker.AnnounceRequest;
import minitorrent.tracker.AnnounceResult;
import minitorrent.tracker.MutableClock;
import minitorrent.tracker.ScrapeResult;
import minitorrent.tracker.SwarmStats;
import minitorrent.tracker.TrackerClientOptions;
import minitorrent.tracker.TrackerException;

/**
 * Our UDP client (BEP 15) against a scripted tracker on the loopback: retransmission, ignored replies,
 * errors, connection id lifetime, IPv6.
 */
@Timeout(30)
class UdpTrackerClientTest {

    private static final long CONNECTION_ID = 0x0BADC0FFEE0DDF00L;
    private static final InfoHash HASH = InfoHash.fromHex("ab".repeat(20));
    private static final AnnounceRequest REQUEST = new AnnounceRequest(HASH, PeerId.generate(), 6881, 0, 0, 100,
            AnnounceEvent.STARTED, 50, 1);
    private static final byte[] ONE_PEER = {127, 0, 0, 1, 0x1A, (byte) 0xE1};

    private final MutableClock clock = new MutableClock();
    private final TrackerClientOptions fast = TrackerClientOptions.DEFAULT.withClock(clock)
            .withUdpRetransmission(Duration.ofMillis(100), 3);

    /** Answers connects and announces as a correct tracker does. */
    private static final ScriptedUdpTracker.Script CORRECT = (request, tracker) -> {
        if (request.action() == 0) {
            tracker.send(request.from(), ScriptedUdpTracker.connectReply(request.transactionId(), CONNECTION_ID));
        } else if (request.action() == 1 && request.connectionId() == CONNECTION_ID) {
            tracker.send(request.from(), ScriptedUdpTracker.announceReply(request.transactionId(), 1800, 2, 3, ONE_PEER));
        }
    };

    @Test
    void announceConnectsThenAnnouncesWithTheConnectionId() throws Exception {
        try (ScriptedUdpTracker tracker = new ScriptedUdpTracker(InetAddress.getLoopbackAddress(), CORRECT);
                UdpTrackerClient client = UdpTrackerClient.open(tracker.uri(), fast)) {
            AnnounceResult.Success result = assertInstanceOf(AnnounceResult.Success.class, client.announce(REQUEST));
            assertEquals(List.of(new PeerAddress(InetAddress.getByName("127.0.0.1"), 6881)), result.peers());
            assertEquals(Duration.ofSeconds(1800), result.interval());
            assertEquals(3, result.seeders().orElseThrow());
            assertEquals(2, result.leechers().orElseThrow());
            List<ScriptedUdpTracker.Datagram> received = tracker.received();
            assertEquals(2, received.size());
            assertEquals(0x41727101980L, received.get(0).connectionId(), "a connect starts with the protocol id");
            assertEquals(CONNECTION_ID, received.get(1).connectionId());
            assertEquals(98, received.get(1).bytes().length);
        }
    }

    @Test
    void retransmitsAfterTheBaseTimeoutDoubledEachTime() throws Exception {
        AtomicInteger connects = new AtomicInteger();
        ScriptedUdpTracker.Script dropTwoConnects = (request, tracker) -> {
            if (request.action() == 0 && connects.incrementAndGet() <= 2) {
                return;
            }
            CORRECT.onDatagram(request, tracker);
        };
        try (ScriptedUdpTracker tracker = new ScriptedUdpTracker(InetAddress.getLoopbackAddress(), dropTwoConnects);
                UdpTrackerClient client = UdpTrackerClient.open(tracker.uri(), fast)) {
            assertInstanceOf(AnnounceResult.Success.class, client.announce(REQUEST));
            List<ScriptedUdpTracker.Datagram> received = tracker.received();
            assertEquals(List.of(0, 0, 0, 1), received.stream().map(ScriptedUdpTracker.Datagram::action).toList());
            long firstWait = Duration.ofNanos(received.get(1).arrivedNanos() - received.get(0).arrivedNanos()).toMillis();
            long secondWait = Duration.ofNanos(received.get(2).arrivedNanos() - received.get(1).arrivedNanos()).toMillis();
            // Arrival times carry the tracker thread's scheduling delay, which can shorten one gap by a few tens of ms.
            assertTrue(firstWait >= 75, "first retransmission after 100 ms, not " + firstWait);
            assertTrue(secondWait >= 175, "second retransmission after 200 ms, not " + secondWait);
            assertTrue(secondWait - firstWait >= 50, "the wait doubles: " + firstWait + " ms, then " + secondWait + " ms");
            assertTrue(received.get(0).transactionId() != received.get(1).transactionId()
                    || received.get(1).transactionId() != received.get(2).transactionId(),
                    "each try has a fresh random transaction id");
        }
    }

    @Test
    void givesUpAfterTheLastRetransmission() throws Exception {
        try (ScriptedUdpTracker silent = new ScriptedUdpTracker(InetAddress.getLoopbackAddress(), (request, tracker) -> { });
                UdpTrackerClient client = UdpTrackerClient.open(silent.uri(),
                        fast.withUdpRetransmission(Duration.ofMillis(50), 2))) {
            long start = System.nanoTime();
            TrackerException e = assertThrows(TrackerException.class, () -> client.announce(REQUEST));
            long waited = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertTrue(e.getMessage().contains("after 3 tries"), e.getMessage());
            assertEquals(3, silent.received().size(), "n = 0, 1, 2");
            assertTrue(waited >= 340, "50 + 100 + 200 ms, not " + waited);
        }
    }

    @Test
    void foreignShortMismatchedAndWrongActionRepliesAreIgnored() throws Exception {
        try (DatagramSocket stranger = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            ScriptedUdpTracker.Script noisy = (request, tracker) -> {
                if (request.action() == 0) {
                    int tid = request.transactionId();
                    byte[] foreign = ScriptedUdpTracker.connectReply(tid, 666);
                    stranger.send(new java.net.DatagramPacket(foreign, foreign.length, request.from()));
                    tracker.send(request.from(), new byte[] {0, 0, 0});
                    tracker.send(request.from(), ScriptedUdpTracker.connectReply(tid + 1, 667));
                    tracker.send(request.from(), ScriptedUdpTracker.announceReply(tid, 1, 1, 1, new byte[0]));
                    tracker.send(request.from(), new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 1});
                    tracker.send(request.from(), ScriptedUdpTracker.connectReply(tid, CONNECTION_ID));
                } else {
                    CORRECT.onDatagram(request, tracker);
                }
            };
            try (ScriptedUdpTracker tracker = new ScriptedUdpTracker(InetAddress.getLoopbackAddress(), noisy);
                    UdpTrackerClient client = UdpTrackerClient.open(tracker.uri(), fast)) {
                assertInstanceOf(AnnounceResult.Success.class, client.announce(REQUEST));
                List<ScriptedUdpTracker.Datagram> received = tracker.received();
                assertEquals(2, received.size(), "no retransmission was needed");
                assertEquals(CONNECTION_ID, received.get(1).connectionId());
            }
        }
    }

    @Test
    void anErrorReplyIsTheTrackersFailure() throws Exception {
        ScriptedUdpTracker.Script refusing = (request, tracker) -> {
            if (request.action() == 0) {
                CORRECT.onDatagram(request, tracker);
            } else {
                tracker.send(request.from(), ScriptedUdpTracker.errorReply(request.transactionId(), "torrent not registered"));
            }
        };
        try (ScriptedUdpTracker tracker = new ScriptedUdpTracker(InetAddress.getLoopbackAddress(), refusing);
                UdpTrackerClient client = UdpTrackerClient.open(tracker.uri(), fast)) {
            assertEquals(new AnnounceResult.Failure("torrent not registered"), client.announce(REQUEST));
        }
    }

    @Test
    void theConnectionIdServesAMinuteThenIsRenewed() throws Exception {
        try (ScriptedUdpTracker tracker = new ScriptedUdpTracker(InetAddress.getLoopbackAddress(), CORRECT);
                UdpTrackerClient client = UdpTrackerClient.open(tracker.uri(), fast)) {
            client.announce(REQUEST);
            clock.advance(Duration.ofSeconds(59));
            client.announce(REQUEST);
            clock.advance(Duration.ofSeconds(2));
            client.announce(REQUEST);
            assertEquals(List.of(0, 1, 1, 0, 1),
                    tracker.received().stream().map(ScriptedUdpTracker.Datagram::action).toList());
        }
    }

    @Test
    void scrapeMapsEntriesToTheTorrentsInOrder() throws Exception {
        InfoHash second = InfoHash.fromHex("cd".repeat(20));
        ScriptedUdpTracker.Script scrapes = (request, tracker) -> {
            if (request.action() == 0) {
                CORRECT.onDatagram(request, tracker);
            } else {
                tracker.send(request.from(), ByteBuffer.allocate(32).putInt(2).putInt(request.transactionId())
                        .putInt(5).putInt(6).putInt(7).putInt(0).putInt(1).putInt(2).array());
            }
        };
        try (ScriptedUdpTracker tracker = new ScriptedUdpTracker(InetAddress.getLoopbackAddress(), scrapes);
                UdpTrackerClient client = UdpTrackerClient.open(tracker.uri(), fast)) {
            assertEquals(new ScrapeResult.Success(Map.of(HASH, new SwarmStats(5, 6, 7), second, new SwarmStats(0, 1, 2))),
                    client.scrape(List.of(HASH, second)));
            assertEquals(16 + 40, tracker.received().get(1).bytes().length);
        }
    }

    @Test
    void overIpv6ThePeersAre18BytesEach() throws Exception {
        InetAddress loopback6 = InetAddress.getByName("::1");
        assumeTrue(ipv6Works(loopback6), "no IPv6 loopback on this machine");
        byte[] peer6 = new byte[18];
        peer6[15] = 1;
        peer6[17] = 80;
        ScriptedUdpTracker.Script six = (request, tracker) -> {
            if (request.action() == 0) {
                CORRECT.onDatagram(request, tracker);
            } else {
                tracker.send(request.from(), ScriptedUdpTracker.announceReply(request.transactionId(), 60, 0, 1, peer6));
            }
        };
        try (ScriptedUdpTracker tracker = new ScriptedUdpTracker(loopback6, six);
                UdpTrackerClient client = UdpTrackerClient.open(tracker.uri(), fast)) {
            AnnounceResult.Success result = assertInstanceOf(AnnounceResult.Success.class, client.announce(REQUEST));
            assertEquals(List.of(new PeerAddress(loopback6, 80)), result.peers());
        }
    }

    @Test
    void anInterruptedVirtualThreadStopsWaitingAndTheClientStillWorksAfterwards() throws Exception {
        AtomicInteger datagrams = new AtomicInteger();
        ScriptedUdpTracker.Script silentOnce = (request, tracker) -> {
            if (datagrams.incrementAndGet() > 1) {
                CORRECT.onDatagram(request, tracker);
            }
        };
        try (ScriptedUdpTracker tracker = new ScriptedUdpTracker(InetAddress.getLoopbackAddress(), silentOnce);
                UdpTrackerClient client = UdpTrackerClient.open(tracker.uri(),
                        fast.withUdpRetransmission(Duration.ofSeconds(20), 0))) {
            java.util.concurrent.CompletableFuture<Throwable> outcome = new java.util.concurrent.CompletableFuture<>();
            Thread announcer = Thread.ofVirtual().start(() -> {
                try {
                    client.announce(REQUEST);
                    outcome.complete(null);
                } catch (Throwable e) {
                    outcome.complete(e);
                }
            });
            while (tracker.received().isEmpty()) {
                Thread.sleep(10);
            }
            long start = System.nanoTime();
            announcer.interrupt();
            Throwable thrown = outcome.get(5, java.util.concurrent.TimeUnit.SECONDS);
            assertInstanceOf(InterruptedException.class, thrown);
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 5, "not the 20 s timeout");
            assertInstanceOf(AnnounceResult.Success.class, client.announce(REQUEST));
        }
    }

    private static boolean ipv6Works(InetAddress address) {
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(address, 0))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
