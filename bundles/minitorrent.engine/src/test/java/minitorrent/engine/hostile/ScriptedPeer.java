package minitorrent.engine.hostile;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;

import minitorrent.metainfo.Torrent;
import minitorrent.protocol.Handshake;
import minitorrent.protocol.HandshakeDecoder;
import minitorrent.protocol.PeerId;
import minitorrent.protocol.PeerMessage;
import minitorrent.protocol.PeerMessageDecoder;
import minitorrent.protocol.PeerMessageEncoder;
import minitorrent.protocol.PeerProtocolException;
import minitorrent.protocol.ReservedBits;
import minitorrent.protocol.TorrentShape;

/**
 * One end of a peer connection played by a test: a blocking socket on 127.0.0.1 through which the
 * test sends exactly what it wants, lawful or not, and reads what the session answers. Handshakes
 * and messages are made by the protocol bundle's own encoders and decoders, so a test spells out
 * only its misdeed (as raw bytes when no lawful message can carry it). Every read is bounded by a
 * timeout. Used by one thread at a time.
 */
final class ScriptedPeer implements AutoCloseable {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final int READ_SLICE_MILLIS = 200;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final Torrent torrent;
    private final PeerId id = hostileId();
    private final PeerMessageDecoder decoder;
    private final byte[] chunk = new byte[4 * 1024];
    private ByteBuffer inbox = ByteBuffer.allocate(0);

    private ScriptedPeer(Socket socket, Torrent torrent) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.torrent = torrent;
        this.decoder = new PeerMessageDecoder(TorrentShape.of(torrent.totalLength(), torrent.pieceLength()));
    }

    /** Connects to a session's listen port on 127.0.0.1. */
    static ScriptedPeer dial(int port, Torrent torrent) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), (int) CONNECT_TIMEOUT.toMillis());
            return new ScriptedPeer(socket, torrent);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /** Waits (within the listener's own timeout) for a session that was given the listener's address to dial it. */
    static ScriptedPeer accept(ServerSocket listener, Torrent torrent) throws IOException {
        return new ScriptedPeer(listener.accept(), torrent);
    }

    /** A listener on 127.0.0.1 for sessions to dial, whose accept gives up after 5 s. */
    static ServerSocket listen() throws IOException {
        ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        listener.setSoTimeout((int) CONNECT_TIMEOUT.toMillis());
        return listener;
    }

    static InetSocketAddress addressOf(ServerSocket listener) {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), listener.getLocalPort());
    }

    /** The port this end of the connection has: what the session knows this peer by when it dialed the session. */
    int localPort() {
        return socket.getLocalPort();
    }

    /**
     * Sends our handshake (advertising no extension, so the session sends us no extended message)
     * and reads the session's, which must be for our torrent.
     */
    Handshake handshake() throws IOException {
        sendRaw(new Handshake(ReservedBits.NONE, torrent.infoHash(), id).encode());
        HandshakeDecoder handshakes = new HandshakeDecoder();
        long deadline = deadline(CONNECT_TIMEOUT);
        while (true) {
            try {
                Optional<Handshake> theirs = handshakes.decode(inbox, torrent.infoHash());
                if (theirs.isPresent()) {
                    return theirs.get();
                }
            } catch (PeerProtocolException e) {
                throw new IOException("the session's handshake is wrong: " + e.getMessage(), e);
            }
            if (!fill(deadline)) {
                throw new EOFException("the session hung up during the handshake");
            }
        }
    }

    void send(PeerMessage... messages) throws IOException {
        for (PeerMessage message : messages) {
            sendRaw(PeerMessageEncoder.encode(message));
        }
    }

    /** Bytes exactly as given: for what no lawful message can say. */
    void sendRaw(ByteBuffer bytes) throws IOException {
        out.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        out.flush();
    }

    /** The next message from the session. */
    PeerMessage receive(Duration timeout) throws IOException {
        long deadline = deadline(timeout);
        while (true) {
            try {
                Optional<PeerMessage> message = decoder.decode(inbox);
                if (message.isPresent()) {
                    return message.get();
                }
            } catch (PeerProtocolException e) {
                throw new IOException("the session broke the protocol: " + e.getMessage(), e);
            }
            if (!fill(deadline)) {
                throw new EOFException("the session closed the connection");
            }
        }
    }

    /** The next message from the session if one comes within the wait. */
    Optional<PeerMessage> poll(Duration wait) throws IOException {
        try {
            return Optional.of(receive(wait));
        } catch (SocketTimeoutException e) {
            return Optional.empty();
        }
    }

    /** Reads messages until one of this type comes, and returns it. */
    <T extends PeerMessage> T await(Class<T> type, Duration timeout) throws IOException {
        long deadline = deadline(timeout);
        while (true) {
            PeerMessage message = receive(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (type.isInstance(message)) {
                return type.cast(message);
            }
        }
    }

    /** What a peer does on a message from the session. */
    @FunctionalInterface
    interface Reaction {
        void react(PeerMessage message) throws IOException;
    }

    /**
     * Hands every message to the reaction until the session hangs up (then returns normally, also
     * when the reaction's answer found the connection closed) or the timeout passes (then throws).
     */
    void readUntilClosed(Reaction reaction, Duration timeout) throws IOException {
        long deadline = deadline(timeout);
        while (true) {
            try {
                reaction.react(receive(Duration.ofNanos(Math.max(1, deadline - System.nanoTime()))));
            } catch (EOFException | SocketException e) {
                return;
            }
        }
    }

    /**
     * Whether the session closed the connection (or reset it) within the timeout. What it sends
     * meanwhile is discarded unread: after a misdeed, only the hang-up matters.
     */
    boolean isClosedBySessionWithin(Duration timeout) {
        long deadline = deadline(timeout);
        try {
            while (true) {
                inbox = ByteBuffer.allocate(0);
                if (!fill(deadline)) {
                    return true;
                }
            }
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // a reset is a hang-up too
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    @Override
    public String toString() {
        return "scripted peer on port " + socket.getLocalPort();
    }

    /** Reads what arrived into the inbox once it is used up; false at the end of the stream. */
    private boolean fill(long deadline) throws IOException {
        if (inbox.hasRemaining()) {
            return true;
        }
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new SocketTimeoutException("the session sent nothing more in time");
            }
            socket.setSoTimeout((int) Math.max(1, Math.min(READ_SLICE_MILLIS, left / 1_000_000)));
            try {
                int count = in.read(chunk);
                if (count < 0) {
                    return false;
                }
                // A fresh copy per read: decoded PIECE blocks are views of these bytes.
                inbox = ByteBuffer.wrap(java.util.Arrays.copyOf(chunk, count));
                return true;
            } catch (SocketTimeoutException e) {
                // a slice passed: look at the deadline again
            }
        }
    }

    private static long deadline(Duration timeout) {
        return System.nanoTime() + timeout.toNanos();
    }

    /** An Azureus-style id of a client that does not exist, so that no real client is blamed in logs. */
    private static PeerId hostileId() {
        byte[] bytes = new byte[PeerId.LENGTH];
        byte[] prefix = "-XX0001-".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        Random random = new Random();
        for (int i = prefix.length; i < bytes.length; i++) {
            bytes[i] = (byte) ('a' + random.nextInt(26));
        }
        return PeerId.of(bytes);
    }
}
