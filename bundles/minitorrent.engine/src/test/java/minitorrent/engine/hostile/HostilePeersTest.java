package minitorrent.engine.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import minitorrent.engine.Await;
import minitorrent.engine.EngineException;
import minitorrent.engine.RateLimits;
import minitorrent.engine.Session;
import minitorrent.engine.SessionConfig;
import minitorrent.engine.TestData;
import minitorrent.engine.TorrentEvent;
import minitorrent.engine.TorrentHandle;
import minitorrent.engine.TorrentState;
import minitorrent.metainfo.InfoHash;
import minitorrent.metainfo.Torrent;
import minitorrent.protocol.BlockRange;
import minitorrent.protocol.Handshake;
import minitorrent.protocol.PeerId;
import minitorrent.protocol.PeerMessage;
import minitorrent.protocol.PeerMessageEncoder;
import minitorrent.protocol.ReservedBits;

/**
 * Hostile peers (issue 6), played by {@link ScriptedPeer}s over real sockets on 127.0.0.1 against
 * one of our sessions downloading a torrent, with an honest seeder (another of our sessions) to
 * finish from, and against one seeding. Whatever they do, the session must drop or ban them, finish
 * from the honest peer with identical data, keep answering, let no exception escape and keep its
 * memory bounded.
 */
class HostilePeersTest {

    private static final int PIECE_LENGTH = 32 * 1024;
    /** 95 pieces: not a multiple of 8, so a bitfield has spare bits to set. */
    private static final int[] FILE_SIZES = {1_000_003, 2_100_000, 17};
    private static final Duration DROP = Duration.ofSeconds(5);
    private static final Duration FINISH = Duration.ofSeconds(30);
    /** The engine gives a connection 10 s to handshake; its timers run every second. */
    private static final Duration HANDSHAKE_TIMEOUT_AND_MORE = Duration.ofSeconds(15);

    @TempDir
    static Path shared;
    private static Path content;
    private static Torrent torrent;
    private static Session honestSeeder;

    @TempDir
    Path temp;
    private EscapedExceptions escaped;
    private final List<TorrentEvent> events = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();

    @BeforeAll
    static void startTheHonestSeeder() throws Exception {
        Path folder = Files.createDirectories(shared.resolve("seed"));
        content = TestData.folder(folder, "hostile", 6, FILE_SIZES);
        torrent = TestData.torrentOf(content, PIECE_LENGTH, List.of());
        assertTrue(torrent.pieceCount() % 8 != 0, "a bitfield of " + torrent.pieceCount() + " pieces has spare bits");
        honestSeeder = session(shared.resolve("honest-state"));
        TorrentHandle seeding = honestSeeder.add(torrent, folder);
        Await.until(DROP, seeding::snapshot, s -> s.state() == TorrentState.SEEDING, "the honest seeder seeding");
    }

    @AfterAll
    static void stopTheHonestSeeder() {
        if (honestSeeder != null) {
            honestSeeder.close();
        }
    }

    @BeforeEach
    void watchForEscapes() {
        escaped = EscapedExceptions.install();
    }

    @AfterEach
    void closeAndCheckNothingEscaped() throws Exception {
        Collections.reverse(toClose);
        for (AutoCloseable closeable : toClose) {
            closeable.close();
        }
        background.shutdownNow();
        assertTrue(background.awaitTermination(5, TimeUnit.SECONDS), "the scripted peers' threads ended");
        escaped.close();
        assertEquals(List.of(), escaped.seen(), "nothing escaped the engine");
    }

    // ---------------------------------------------------------------- the tests

    @Test
    void aDownloadingSessionDropsPeersThatBreakTheWireFormat() throws Exception {
        Session leecher = leecher();
        TorrentHandle handle = download(leecher);
        Map<String, ByteBuffer> misdeeds = WireMisdeeds.of(torrent);
        List<ServerSocket> listeners = new ArrayList<>();
        for (int i = 0; i < misdeeds.size(); i++) {
            listeners.add(listener());
        }
        handle.addPeers(listeners.stream().map(ScriptedPeer::addressOf).toList());

        Map<String, ScriptedPeer> hostile = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, ByteBuffer> misdeed : misdeeds.entrySet()) {
            ScriptedPeer dialed = accepted(listeners.get(i++));
            ScriptedPeer dialing = dialing(leecher.listenPort());
            hostile.put(misdeed.getKey() + ", to the session that dialed it", dialed);
            hostile.put(misdeed.getKey() + ", to the session it dialed", dialing);
            for (ScriptedPeer peer : List.of(dialed, dialing)) {
                peer.handshake();
                peer.sendRaw(misdeed.getValue().duplicate());
            }
        }

        hostile.forEach((what, peer) -> assertTrue(peer.isClosedBySessionWithin(DROP), "dropped the peer that sent " + what));
        assertEquals(0, handle.snapshot().peers(), "no hostile peer is left");
        finishFromTheHonestSeeder(handle);
    }

    @Test
    void dropsPeersWhoseHandshakeIsWrong() throws Exception {
        Session leecher = leecher();
        TorrentHandle handle = download(leecher);
        byte[] otherHash = new byte[InfoHash.LENGTH];
        new Random(11).nextBytes(otherHash);
        Handshake otherTorrent = new Handshake(ReservedBits.NONE, InfoHash.of(otherHash), PeerId.generate());
        Handshake itself = new Handshake(ReservedBits.NONE, torrent.infoHash(), leecher.peerId());
        ServerSocket wrongHashListener = listener();
        ServerSocket itselfListener = listener();
        handle.addPeers(List.of(ScriptedPeer.addressOf(wrongHashListener), ScriptedPeer.addressOf(itselfListener)));

        Map<String, ScriptedPeer> hostile = new LinkedHashMap<>();
        hostile.put("a handshake for another torrent, to the session that dialed it", send(accepted(wrongHashListener), otherTorrent.encode()));
        hostile.put("the session's own peer id, to the session that dialed it", send(accepted(itselfListener), itself.encode()));
        hostile.put("a handshake for another torrent, to the session it dialed", send(dialing(leecher.listenPort()), otherTorrent.encode()));
        hostile.put("the session's own peer id, to the session it dialed", send(dialing(leecher.listenPort()), itself.encode()));
        ByteBuffer otherProtocol = new Handshake(ReservedBits.NONE, torrent.infoHash(), PeerId.generate()).encode();
        otherProtocol.put(19, (byte) 'X'); // "BitTorrent protocoX"
        hostile.put("another protocol's name, to the session it dialed", send(dialing(leecher.listenPort()), otherProtocol));

        hostile.forEach((what, peer) -> assertTrue(peer.isClosedBySessionWithin(DROP), "dropped the peer that sent " + what));
        finishFromTheHonestSeeder(handle);
        itselfListener.setSoTimeout(500);
        assertThrows(SocketTimeoutException.class, itselfListener::accept, "the session does not dial itself again");
    }

    @Test
    void aSeedingSessionDropsPeersThatBreakTheWireFormatAndBansARequestFlood() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("target"));
        TestData.folder(folder, "hostile", 6, FILE_SIZES);
        Session target = register(session(temp.resolve("target-state")));
        TorrentHandle seeding = target.add(torrent, folder);
        Await.until(DROP, seeding::snapshot, s -> s.state() == TorrentState.SEEDING, "the attacked session seeding");

        for (Map.Entry<String, ByteBuffer> misdeed : WireMisdeeds.of(torrent).entrySet()) {
            ScriptedPeer peer = dialing(target.listenPort());
            peer.handshake();
            peer.sendRaw(misdeed.getValue().duplicate());
            assertTrue(peer.isClosedBySessionWithin(DROP), "dropped the peer that sent " + misdeed.getKey());
        }

        // Lawful requests, but far more than a peer may queue, sent while reading nothing of the answers.
        ScriptedPeer flood = dialing(target.listenPort());
        flood.handshake();
        flood.send(new PeerMessage.Interested());
        flood.await(PeerMessage.Unchoke.class, DROP);
        int count = 3000;
        ByteBuffer requests = ByteBuffer.allocate(count * 17);
        for (int request = 0; request < count; request++) {
            BlockRange block = new BlockRange(request % (torrent.pieceCount() - 1), 0, BlockRange.MAX_LENGTH);
            PeerMessageEncoder.encode(new PeerMessage.Request(block), requests);
        }
        flood.sendRaw(requests.flip());
        awaitEvent(TorrentEvent.Kind.PEER_BANNED, flood.localPort(), DROP);
        assertTrue(flood.isClosedBySessionWithin(DROP), "the banned flood is hung up on");

        TorrentHandle handle = download(leecher());
        handle.addPeers(List.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), target.listenPort())));
        Await.finished(handle, FINISH);
        TestData.assertSameTree(content, temp.resolve("download").resolve(torrent.name()));
    }

    @Test
    void bansAPeerThatSendsBlocksNeverRequested() throws Exception {
        TorrentHandle handle = download(leecher());
        ServerSocket listener = listener();
        handle.addPeers(List.of(ScriptedPeer.addressOf(listener)));
        ScriptedPeer pusher = accepted(listener);
        pusher.handshake();
        pusher.send(new PeerMessage.Bitfield(allPieces(), torrent.pieceCount())); // and it keeps choking: nothing can be asked of it
        pusher.await(PeerMessage.Interested.class, DROP);

        Random random = new Random(3);
        try {
            for (int piece = 0; piece < 30; piece++) {
                pusher.send(new PeerMessage.Piece(piece, 0, ByteBuffer.wrap(randomBytes(random, BlockRange.MAX_LENGTH))));
            }
        } catch (SocketException e) {
            // banned before the last of them: what this test wants
        }

        awaitEvent(TorrentEvent.Kind.PEER_BANNED, listener.getLocalPort(), DROP);
        assertTrue(pusher.isClosedBySessionWithin(DROP), "the banned peer is hung up on");
        finishFromTheHonestSeeder(handle); // identical data: not one of its blocks was kept
    }

    @Test
    void bansTheSoleSenderOfCorruptPiecesAndNeverDialsItAgain() throws Exception {
        TorrentHandle handle = download(leecher());
        ServerSocket listener = listener();
        handle.addPeers(List.of(ScriptedPeer.addressOf(listener)));
        ScriptedPeer liar = accepted(listener);
        liar.handshake();
        liar.send(new PeerMessage.Bitfield(allPieces(), torrent.pieceCount()), new PeerMessage.Unchoke());
        Random random = new Random(5);
        Future<?> lying = background.submit(() -> {
            liar.readUntilClosed(message -> {
                if (message instanceof PeerMessage.Request request) {
                    BlockRange block = request.block();
                    liar.send(new PeerMessage.Piece(block.piece(), block.offset(),
                            ByteBuffer.wrap(randomBytes(random, block.length()))));
                }
            }, FINISH);
            return null;
        });

        awaitEvent(TorrentEvent.Kind.PEER_BANNED, listener.getLocalPort(), Duration.ofSeconds(10));
        lying.get(DROP.toSeconds(), TimeUnit.SECONDS); // it was hung up on
        assertTrue(handle.snapshot().hashFailures() >= 2, "pieces failed: " + handle.snapshot().hashFailures());

        handle.addPeers(List.of(ScriptedPeer.addressOf(listener))); // offered again, as a tracker might
        finishFromTheHonestSeeder(handle);
        listener.setSoTimeout(500);
        assertThrows(SocketTimeoutException.class, listener::accept, "the banned peer is not dialed again");
    }

    @Test
    void bansAPeerThatSpoilsThePiecesItSharesAndWithholdsTheRest() throws Exception {
        TorrentHandle handle = download(leecher());
        ServerSocket listener = listener();
        handle.addPeers(List.of(ScriptedPeer.addressOf(listener), honestAddress()));
        ScriptedPeer spoiler = accepted(listener);
        spoiler.handshake();
        spoiler.send(new PeerMessage.Bitfield(allPieces(), torrent.pieceCount()), new PeerMessage.Unchoke());
        // Garbage for the first block of each piece, nothing for the others; choking and unchoking
        // every 300 ms, so that the session gives up what it asked and asks again. The pieces it
        // spoils fail with two senders to blame, and are fetched again from one peer only; once
        // one passes, its good first block names the spoiler.
        background.submit(() -> {
            Random random = new Random(9);
            boolean choking = false;
            long deadline = System.nanoTime() + FINISH.toNanos();
            while (System.nanoTime() < deadline) {
                long toggle = System.nanoTime() + Duration.ofMillis(300).toNanos();
                while (System.nanoTime() < toggle) {
                    Optional<PeerMessage> message = spoiler.poll(Duration.ofMillis(50));
                    if (!choking && message.orElse(null) instanceof PeerMessage.Request request && request.block().offset() == 0) {
                        spoiler.send(new PeerMessage.Piece(request.block().piece(), 0,
                                ByteBuffer.wrap(randomBytes(random, request.block().length()))));
                    }
                }
                choking = !choking;
                spoiler.send(choking ? new PeerMessage.Choke() : new PeerMessage.Unchoke());
            }
            return null;
        });

        TorrentEvent ban = awaitEvent(TorrentEvent.Kind.PEER_BANNED, listener.getLocalPort(), FINISH);
        assertTrue(ban.message().contains("sent corrupt blocks of piece"), ban.message());
        Await.finished(handle, FINISH);
        TestData.assertSameTree(content, temp.resolve("download").resolve(torrent.name()));
        assertTrue(handle.snapshot().hashFailures() > 0, "the spoiled pieces failed their hash check");
        assertTrue(events.stream().noneMatch(e -> e.kind() == TorrentEvent.Kind.PEER_BANNED && e != ban),
                "only the spoiler was banned: " + events);
    }

    @Test
    void finishesDespitePeersThatNeverAnswer() throws Exception {
        Session leecher = leecher();
        TorrentHandle handle = download(leecher);
        ServerSocket muteListener = listener();
        ServerSocket holderListener = listener();
        handle.addPeers(List.of(ScriptedPeer.addressOf(muteListener), ScriptedPeer.addressOf(holderListener)));
        ScriptedPeer mute = accepted(muteListener); // takes the connection, never handshakes
        ScriptedPeer muteDialer = dialing(leecher.listenPort()); // opens a connection, never handshakes
        ScriptedPeer holder = accepted(holderListener);
        holder.handshake();
        holder.send(new PeerMessage.Bitfield(allPieces(), torrent.pieceCount()), new PeerMessage.Unchoke());
        holder.await(PeerMessage.Request.class, DROP); // from now on it holds requests and never answers them

        finishFromTheHonestSeeder(handle);

        assertTrue(mute.isClosedBySessionWithin(HANDSHAKE_TIMEOUT_AND_MORE), "dropped the peer it dialed that never handshook");
        assertTrue(muteDialer.isClosedBySessionWithin(DROP), "dropped the peer that dialed it and never handshook");
    }

    @Test
    void idlePeersHoldingEverySlotGiveItUpToTheHonestPeer() throws Exception {
        Session leecher = register(Session.start(SessionConfig.defaults(temp.resolve("leecher-state")).withListenPort(0)
                .withBindAddress(InetAddress.getLoopbackAddress()).withConnectionLimits(200, 2)));
        TorrentHandle handle = download(leecher);
        Await.until(DROP, handle::snapshot, snapshot -> snapshot.state() == TorrentState.DOWNLOADING, "the download started");
        List<ScriptedPeer> idle = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ScriptedPeer peer = dialing(leecher.listenPort());
            peer.handshake(); // then says nothing at all, holding one of the torrent's two slots
            idle.add(peer);
        }
        Await.until(DROP, handle::snapshot, snapshot -> snapshot.peers() == 2, "both slots taken by idle peers");

        handle.addPeers(List.of(honestAddress()));
        Await.finished(handle, Duration.ofSeconds(60));

        TestData.assertSameTree(content, temp.resolve("download").resolve(torrent.name()));
        assertTrue(idle.get(0).isClosedBySessionWithin(DROP) || idle.get(1).isClosedBySessionWithin(DROP),
                "an idle peer was dropped to make room");
    }

    @Test
    void survivesABurstOfConnectionsWithBoundedMemory() throws Exception {
        Session leecher = leecher();
        TorrentHandle handle = download(leecher);
        handle.setRateLimits(new RateLimits(1 << 20, 0)); // about 3 s of downloading, during which the burst comes
        long before = usedHeap();
        handle.addPeers(List.of(honestAddress()));

        // A third say nothing, a third send an HTTP request, a third a handshake and then a 2 GiB message.
        List<ScriptedPeer> burst = new ArrayList<>();
        long longestAnswer = 0;
        for (int i = 0; i < 300; i++) {
            ScriptedPeer peer;
            try {
                peer = dialing(leecher.listenPort());
            } catch (IOException e) {
                continue; // the listen queue overflowed: refused is dropped too
            }
            burst.add(peer);
            try {
                switch (i % 3) {
                    case 1 -> peer.sendRaw(ByteBuffer.wrap("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
                    case 2 -> peer.sendRaw(ByteBuffer.allocate(Handshake.LENGTH + 5)
                            .put(new Handshake(ReservedBits.NONE, torrent.infoHash(), PeerId.generate()).encode())
                            .put(WireMisdeeds.prefix(0x7fff_ffff, WireMisdeeds.PIECE)).flip());
                    default -> {
                    }
                }
            } catch (SocketException e) {
                // already hung up on
            }
            if (i % 50 == 0) {
                long start = System.nanoTime();
                handle.snapshot();
                longestAnswer = Math.max(longestAnswer, System.nanoTime() - start);
            }
        }
        long during = usedHeap();

        Await.finished(handle, FINISH);
        TestData.assertSameTree(content, temp.resolve("download").resolve(torrent.name()));
        for (ScriptedPeer peer : burst) {
            assertTrue(peer.isClosedBySessionWithin(HANDSHAKE_TIMEOUT_AND_MORE), "dropped " + peer);
        }
        for (ScriptedPeer peer : burst) {
            peer.close();
        }
        long after = usedHeap();

        assertTrue(burst.size() > 100, "most of the burst connected: " + burst.size());
        assertTrue(longestAnswer < Duration.ofSeconds(2).toNanos(), "snapshots answered in " + longestAnswer / 1_000_000 + " ms");
        assertTrue(during - before < 16L << 20, "heap grew by " + (during - before) + " bytes with the burst open");
        assertTrue(after - before < 8L << 20, "heap grew by " + (after - before) + " bytes after the burst");
    }

    // ---------------------------------------------------------------- helpers

    private static ScriptedPeer send(ScriptedPeer peer, ByteBuffer bytes) throws IOException {
        peer.sendRaw(bytes);
        return peer;
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static BitSet allPieces() {
        BitSet pieces = new BitSet();
        pieces.set(0, torrent.pieceCount());
        return pieces;
    }

    // ---------------------------------------------------------------- fixtures

    private static Session session(Path state) throws EngineException {
        return Session.start(SessionConfig.defaults(state).withListenPort(0).withBindAddress(InetAddress.getLoopbackAddress()));
    }

    private static InetSocketAddress honestAddress() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), honestSeeder.listenPort());
    }

    /** A fresh session to download with, whose events this test sees. */
    private Session leecher() throws EngineException {
        return register(session(temp.resolve("leecher-state")));
    }

    private Session register(Session session) {
        session.addListener(events::add);
        toClose.add(session);
        return session;
    }

    private TorrentHandle download(Session session) throws IOException, EngineException {
        return session.add(torrent, Files.createDirectories(temp.resolve("download")));
    }

    private void finishFromTheHonestSeeder(TorrentHandle handle) throws Exception {
        handle.addPeers(List.of(honestAddress()));
        Await.finished(handle, FINISH);
        TestData.assertSameTree(content, temp.resolve("download").resolve(torrent.name()));
    }

    private ServerSocket listener() throws IOException {
        ServerSocket listener = ScriptedPeer.listen();
        toClose.add(listener);
        return listener;
    }

    private ScriptedPeer accepted(ServerSocket listener) throws IOException {
        ScriptedPeer peer = ScriptedPeer.accept(listener, torrent);
        toClose.add(peer);
        return peer;
    }

    private ScriptedPeer dialing(int port) throws IOException {
        ScriptedPeer peer = ScriptedPeer.dial(port, torrent);
        toClose.add(peer);
        return peer;
    }

    /** Waits for an event of this kind naming the peer on 127.0.0.1 at this port. */
    private TorrentEvent awaitEvent(TorrentEvent.Kind kind, int port, Duration timeout) throws InterruptedException {
        String peer = "127.0.0.1:" + port + ":";
        return Await.until(timeout, () -> events.stream().filter(e -> e.kind() == kind && e.message().startsWith(peer)).findFirst(),
                Optional::isPresent, kind + " of " + peer).get();
    }

    /** Bytes of heap in use after collecting what can be collected. */
    private static long usedHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
