package minitorrent.tracker.internal.client;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;

import minitorrent.metainfo.InfoHash;
import minitorrent.tracker.AnnounceRequest;
import minitorrent.tracker.AnnounceResult;
import minitorrent.tracker.ScrapeResult;
import minitorrent.tracker.SwarmStats;
import minitorrent.tracker.TrackerClient;
import minitorrent.tracker.TrackerClientOptions;
import minitorrent.tracker.TrackerException;
import minitorrent.tracker.internal.CompactPeers;
import minitorrent.tracker.internal.MalformedReplyException;
import minitorrent.tracker.internal.UdpProtocol;

/**
 * A UDP tracker (BEP 15): connect for a connection id, which is reused for one minute, then
 * announce or scrape with it. Each request carries a fresh random transaction id; a datagram from
 * another address, with another transaction id, of another action, or malformed, is ignored and
 * the wait goes on. Without a reply, the request is sent again after {@code base * 2^n}
 * ({@link TrackerClientOptions#udpBaseTimeout()}, n growing to
 * {@link TrackerClientOptions#udpMaxRetransmissions()}), re-connecting first when the
 * connection id expired. Thread-safe: exchanges are serialized on the one socket.
 */
public final class UdpTrackerClient implements TrackerClient {

    /** BEP 15: a connection id may be used for one minute after it was received. */
    static final Duration CONNECTION_ID_LIFETIME = Duration.ofMinutes(1);

    private final URI announceUri;
    private final TrackerClientOptions options;
    private final RandomGenerator random = new SecureRandom();
    private final byte[] receiveBuffer = new byte[UdpProtocol.MAX_DATAGRAM];
    /** The rest is guarded by this. */
    private DatagramSocket socket;
    private long connectionId;
    private Instant connectedAt = Instant.MIN;

    private UdpTrackerClient(URI announceUri, TrackerClientOptions options, DatagramSocket socket) {
        this.announceUri = announceUri;
        this.options = options;
        this.socket = socket;
    }

    /** A client for {@code udp://host:port}, with its own socket on an ephemeral port. */
    public static UdpTrackerClient open(URI announceUri, TrackerClientOptions options) throws TrackerException {
        if (announceUri.getHost() == null || announceUri.getPort() < 1) {
            throw new TrackerException("a UDP tracker URL needs a host and a port: " + announceUri);
        }
        return new UdpTrackerClient(announceUri, options, openSocket());
    }

    @Override
    public URI uri() {
        return announceUri;
    }

    @Override
    public synchronized AnnounceResult announce(AnnounceRequest request) throws TrackerException, InterruptedException {
        InetSocketAddress tracker = resolve();
        UdpReply reply = exchange(tracker, UdpProtocol.ACTION_ANNOUNCE,
                transactionId -> UdpRequests.announce(connectionId, transactionId, request));
        return switch (reply) {
            case UdpReply.Announced announced -> new AnnounceResult.Success(announced.peers(),
                    Duration.ofSeconds(announced.intervalSeconds()), Duration.ZERO, OptionalInt.of(announced.seeders()),
                    OptionalInt.of(announced.leechers()), Optional.empty());
            case UdpReply.Error error -> new AnnounceResult.Failure(error.message());
            default -> throw new IllegalStateException("exchange returned " + reply);
        };
    }

    @Override
    public synchronized ScrapeResult scrape(List<InfoHash> infoHashes) throws TrackerException, InterruptedException {
        if (infoHashes.isEmpty() || infoHashes.size() > UdpProtocol.MAX_SCRAPE_HASHES) {
            throw new IllegalArgumentException("a UDP scrape asks about 1 to 74 torrents, not " + infoHashes.size());
        }
        InetSocketAddress tracker = resolve();
        UdpReply reply = exchange(tracker, UdpProtocol.ACTION_SCRAPE,
                transactionId -> UdpRequests.scrape(connectionId, transactionId, infoHashes));
        return switch (reply) {
            case UdpReply.Scraped scraped -> scrapeResult(infoHashes, scraped);
            case UdpReply.Error error -> new ScrapeResult.Failure(error.message());
            default -> throw new IllegalStateException("exchange returned " + reply);
        };
    }

    @Override
    public synchronized void close() {
        socket.close();
    }

    private static ScrapeResult scrapeResult(List<InfoHash> infoHashes, UdpReply.Scraped scraped)
            throws MalformedReplyException {
        if (scraped.stats().size() != infoHashes.size()) {
            throw new MalformedReplyException("the scrape reply has " + scraped.stats().size() + " entries for "
                    + infoHashes.size() + " torrents");
        }
        Map<InfoHash, SwarmStats> stats = new HashMap<>();
        for (int i = 0; i < infoHashes.size(); i++) {
            stats.put(infoHashes.get(i), scraped.stats().get(i));
        }
        return new ScrapeResult.Success(stats);
    }

    /** Builds a request for a transaction id, using the current connection id. */
    private interface RequestEncoder {
        byte[] encode(int transactionId);
    }

    /**
     * Sends the request until a reply of the expected action (or an error) comes back, connecting
     * first whenever there is no valid connection id. The retransmission count n is shared by the
     * connect and the request, as in BEP 15.
     */
    private UdpReply exchange(InetSocketAddress tracker, int action, RequestEncoder request)
            throws TrackerException, InterruptedException {
        int peerEntryLength = CompactPeers.entryLength(tracker.getAddress());
        for (int n = 0;; n++) {
            if (n > options.udpMaxRetransmissions()) {
                throw new TrackerException("no reply from " + tracker + " after " + n + " tries");
            }
            Duration timeout = options.udpBaseTimeout().multipliedBy(1L << n);
            if (!connectionIdValid()) {
                int transactionId = random.nextInt();
                send(tracker, UdpRequests.connect(transactionId));
                Optional<UdpReply> connected = await(tracker, transactionId, UdpProtocol.ACTION_CONNECT, timeout,
                        peerEntryLength);
                if (connected.isEmpty()) {
                    continue;
                }
                if (connected.get() instanceof UdpReply.Error error) {
                    return error;
                }
                connectionId = ((UdpReply.Connected) connected.get()).connectionId();
                connectedAt = options.clock().instant();
            }
            int transactionId = random.nextInt();
            send(tracker, request.encode(transactionId));
            Optional<UdpReply> reply = await(tracker, transactionId, action, timeout, peerEntryLength);
            if (reply.isPresent()) {
                return reply.get();
            }
        }
    }

    private boolean connectionIdValid() {
        return options.clock().instant().isBefore(connectedAt.plus(CONNECTION_ID_LIFETIME));
    }

    /** The reply to this transaction, or empty when none came within the timeout. */
    private Optional<UdpReply> await(InetSocketAddress tracker, int transactionId, int action, Duration timeout,
            int peerEntryLength) throws TrackerException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        DatagramPacket packet = new DatagramPacket(receiveBuffer, receiveBuffer.length);
        while (true) {
            long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
            if (remainingMillis <= 0) {
                return Optional.empty();
            }
            try {
                socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, remainingMillis));
                packet.setLength(receiveBuffer.length);
                socket.receive(packet);
            } catch (SocketTimeoutException e) {
                return Optional.empty();
            } catch (IOException e) {
                throw receiveFailure(tracker, e);
            }
            Optional<UdpReply> reply = matching(packet, tracker, transactionId, action, peerEntryLength);
            if (reply.isPresent()) {
                return reply;
            }
        }
    }

    /** The datagram as a reply to this transaction, or empty when it is foreign, malformed or another's. */
    private static Optional<UdpReply> matching(DatagramPacket packet, InetSocketAddress tracker, int transactionId,
            int action, int peerEntryLength) {
        if (!tracker.equals(packet.getSocketAddress())) {
            return Optional.empty();
        }
        UdpReply reply;
        try {
            reply = UdpReplyParser.parse(ByteBuffer.wrap(packet.getData(), packet.getOffset(), packet.getLength()),
                    peerEntryLength);
        } catch (MalformedReplyException e) {
            return Optional.empty();
        }
        if (reply.transactionId() != transactionId) {
            return Optional.empty();
        }
        boolean expected = reply instanceof UdpReply.Error
                || (action == UdpProtocol.ACTION_CONNECT && reply instanceof UdpReply.Connected)
                || (action == UdpProtocol.ACTION_ANNOUNCE && reply instanceof UdpReply.Announced)
                || (action == UdpProtocol.ACTION_SCRAPE && reply instanceof UdpReply.Scraped);
        return expected ? Optional.of(reply) : Optional.empty();
    }

    private void send(InetSocketAddress tracker, byte[] datagram) throws TrackerException, InterruptedException {
        try {
            if (socket.isClosed()) {
                socket = openSocket();
            }
            socket.send(new DatagramPacket(datagram, datagram.length, tracker));
        } catch (IOException e) {
            throw receiveFailure(tracker, e);
        }
    }

    /** An interrupted virtual thread's socket is closed under it; that is an interrupt, not a failure. */
    private static TrackerException receiveFailure(InetSocketAddress tracker, IOException e) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("interrupted while talking to " + tracker);
        }
        return new TrackerException("cannot talk to " + tracker + ": " + e.getMessage(), e);
    }

    private InetSocketAddress resolve() throws TrackerException {
        try {
            return new InetSocketAddress(InetAddress.getByName(announceUri.getHost()), announceUri.getPort());
        } catch (UnknownHostException e) {
            throw new TrackerException("unknown tracker host " + announceUri.getHost(), e);
        }
    }

    private static DatagramSocket openSocket() throws TrackerException {
        try {
            return new DatagramSocket();
        } catch (SocketException e) {
            throw new TrackerException("cannot open a UDP socket: " + e.getMessage(), e);
        }
    }
}
