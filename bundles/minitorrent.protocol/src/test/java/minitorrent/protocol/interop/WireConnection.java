package minitorrent.protocol.interop;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import minitorrent.metainfo.InfoHash;
import minitorrent.protocol.Handshake;
import minitorrent.protocol.HandshakeDecoder;
import minitorrent.protocol.PeerId;
import minitorrent.protocol.PeerMessage;
import minitorrent.protocol.PeerMessageDecoder;
import minitorrent.protocol.PeerMessageEncoder;
import minitorrent.protocol.PeerProtocolException;
import minitorrent.protocol.TorrentShape;

/**
 * A plain-socket connection to a real client on 127.0.0.1 that speaks only through our codec:
 * what a test sends is encoded by {@link PeerMessageEncoder}, what it receives decoded by
 * {@link HandshakeDecoder} and {@link PeerMessageDecoder}. Every read is bounded by the socket's
 * timeout and every wait by a deadline. Used by one test thread.
 */
final class WireConnection implements AutoCloseable {

    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final int READ_TIMEOUT_MILLIS = 15_000;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final byte[] readBuffer = new byte[64 * 1024];
    private final List<PeerMessage> received = new ArrayList<>();
    private ByteBuffer pending = ByteBuffer.allocate(0);
    private PeerMessageDecoder decoder;

    private WireConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    static WireConnection open(int port) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress("127.0.0.1", port), CONNECT_TIMEOUT_MILLIS);
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            return new WireConnection(socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /** Sends our handshake and returns the peer's, which must be for the same torrent. */
    Handshake handshake(InfoHash infoHash, PeerId peerId, TorrentShape shape) throws IOException, PeerProtocolException {
        out.write(Handshake.ours(infoHash, peerId).encode().array());
        HandshakeDecoder handshakeDecoder = new HandshakeDecoder();
        Optional<Handshake> theirs;
        while ((theirs = handshakeDecoder.decode(pending, infoHash)).isEmpty()) {
            readMore();
        }
        decoder = new PeerMessageDecoder(shape);
        return theirs.get();
    }

    void send(PeerMessage message) throws IOException {
        out.write(PeerMessageEncoder.encode(message).array());
    }

    /** The next message of the given type; the messages before it are kept in {@link #received()}. */
    <T extends PeerMessage> T receive(Class<T> type, Duration timeout) throws IOException, PeerProtocolException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            PeerMessage message = receive();
            if (type.isInstance(message)) {
                return type.cast(message);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " within " + timeout + "; received " + received);
    }

    /** The next message, whatever it is. */
    PeerMessage receive() throws IOException, PeerProtocolException {
        Optional<PeerMessage> message;
        while ((message = decoder.decode(pending)).isEmpty()) {
            readMore();
        }
        received.add(message.get());
        return message.get();
    }

    /** Every message received so far, in order. */
    List<PeerMessage> received() {
        return List.copyOf(received);
    }

    private void readMore() throws IOException {
        int count = in.read(readBuffer);
        if (count < 0) {
            throw new EOFException("the peer closed the connection; received " + received);
        }
        // A fresh copy per read: decoded PIECE blocks are views of these bytes, and the test keeps them.
        pending = ByteBuffer.wrap(java.util.Arrays.copyOf(readBuffer, count));
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
