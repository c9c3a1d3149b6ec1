package minitorrent.engine.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.BiFunction;

import minitorrent.metainfo.InfoHash;
import minitorrent.protocol.Handshake;
import minitorrent.protocol.HandshakeDecoder;
import minitorrent.protocol.HandshakeHeader;
import minitorrent.protocol.PeerId;
import minitorrent.protocol.PeerMessage;
import minitorrent.protocol.PeerMessageDecoder;
import minitorrent.protocol.PeerMessageEncoder;
import minitorrent.protocol.PeerProtocolException;
import minitorrent.protocol.TorrentShape;

/**
 * One TCP connection to a peer, non-blocking on the event loop: connecting, both directions of
 * the handshake, messages decoded as bytes arrive, and a send queue written as the socket takes
 * it. Both directions obey their {@link Bandwidth}; a connection out of tokens parks itself and
 * is resumed by {@link #refilled()}. What the messages mean is the {@link WireListener}'s business.
 *
 * <p>Memory is bounded: a 128 KiB read buffer, the decoder's one message, and a send queue the
 * listener keeps below {@link #SEND_QUEUE_HIGH} bytes of blocks.
 */
public final class PeerWire implements EventLoop.Handler {

    /**
     * The owner queues blocks while fewer bytes than this wait; {@link WireListener#onWritable}
     * says when the queue fell below half of it.
     */
    public static final int SEND_QUEUE_HIGH = 512 * 1024;
    private static final int READ_BUFFER = 128 * 1024;
    private static final int MAX_GATHER = 64;
    private static final System.Logger LOG = System.getLogger(PeerWire.class.getName());

    /** What a connection needs to know about its torrent. */
    public record Binding(InfoHash infoHash, PeerId ourId, TorrentShape shape, WireListener listener,
            Bandwidth download, Bandwidth upload) {
    }

    private enum Phase { CONNECTING, HANDSHAKE, MESSAGES, CLOSED }

    private final SocketChannel channel;
    private final InetSocketAddress address;
    private final boolean incoming;
    private final BiFunction<PeerWire, InfoHash, Optional<Binding>> router;
    private final Consumer<PeerWire> park;
    private final long openedNanos = System.nanoTime();
    private final HandshakeDecoder handshakeDecoder = new HandshakeDecoder();
    private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(READ_BUFFER);
    private final ArrayDeque<ByteBuffer> sendQueue = new ArrayDeque<>();
    /** For queued buffers someone waits for, in queue order: what to do once each is sent. */
    private final ArrayDeque<WhenSent> whenSent = new ArrayDeque<>();
    private SelectionKey key;
    private Binding binding;
    private PeerMessageDecoder decoder;
    private Phase phase;
    private long queuedBytes;
    private boolean parkedRead;
    private boolean parkedWrite;
    private long lastReceivedNanos = openedNanos;
    private long lastSentNanos = openedNanos;

    private PeerWire(SocketChannel channel, InetSocketAddress address, boolean incoming, Binding binding,
            BiFunction<PeerWire, InfoHash, Optional<Binding>> router, Consumer<PeerWire> park) {
        this.channel = channel;
        this.address = address;
        this.incoming = incoming;
        this.binding = binding;
        this.router = router;
        this.park = park;
    }

    /** Starts connecting to the peer for the torrent of {@code binding}. */
    public static PeerWire dial(EventLoop loop, InetSocketAddress address, Binding binding, Consumer<PeerWire> park)
            throws IOException {
        SocketChannel channel = SocketChannel.open();
        try {
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            PeerWire wire = new PeerWire(channel, address, false, binding, null, park);
            wire.decoder = new PeerMessageDecoder(binding.shape());
            if (channel.connect(address)) {
                wire.key = loop.register(channel, 0, wire);
                wire.connected();
            } else {
                wire.phase = Phase.CONNECTING;
                wire.key = loop.register(channel, SelectionKey.OP_CONNECT, wire);
            }
            return wire;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Takes a connection a peer opened; {@code router} names the torrent of the info hash in its
     * handshake, or nothing to hang up.
     */
    public static PeerWire accept(EventLoop loop, SocketChannel channel, BiFunction<PeerWire, InfoHash, Optional<Binding>> router,
            Consumer<PeerWire> park) throws IOException {
        channel.configureBlocking(false);
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        PeerWire wire = new PeerWire(channel, (InetSocketAddress) channel.getRemoteAddress(), true, null, router, park);
        wire.phase = Phase.HANDSHAKE;
        wire.key = loop.register(channel, SelectionKey.OP_READ, wire);
        return wire;
    }

    public InetSocketAddress address() {
        return address;
    }

    public boolean isIncoming() {
        return incoming;
    }

    public boolean isOpen() {
        return phase != Phase.CLOSED;
    }

    public long openedNanos() {
        return openedNanos;
    }

    public long lastReceivedNanos() {
        return lastReceivedNanos;
    }

    public long lastSentNanos() {
        return lastSentNanos;
    }

    /** Bytes waiting to be sent. */
    public long queuedBytes() {
        return queuedBytes;
    }

    /** Whether the send queue is past its high mark. */
    public boolean isSendQueueFull() {
        return queuedBytes >= SEND_QUEUE_HIGH;
    }

    @Override
    public void ready(SelectionKey selected) throws IOException, PeerProtocolException {
        if (selected.isConnectable()) {
            channel.finishConnect();
            connected();
            return;
        }
        if (selected.isWritable()) {
            flush();
        }
        if (phase != Phase.CLOSED && selected.isReadable()) {
            read();
        }
    }

    @Override
    public void failed(Exception e) {
        if (e instanceof RuntimeException) {
            // Not the peer's fault nor the network's: a bug of ours, which must not pass as a disconnect.
            LOG.log(System.Logger.Level.ERROR, "a bug closed the connection to " + address, e);
        }
        close(e instanceof PeerProtocolException ? "protocol error: " + e.getMessage() : describe(e));
    }

    /** Queues a message. */
    public void send(PeerMessage message) {
        if (phase == Phase.CLOSED) {
            return;
        }
        enqueue(PeerMessageEncoder.encode(message));
    }

    /** What to run once {@code buffer} is sent (or can no longer be). */
    private record WhenSent(ByteBuffer buffer, Runnable action) {
    }

    /**
     * {@link #sendBlock(int, int, ByteBuffer)}, then {@code sent} runs once the block's bytes are
     * all written, or when the connection closes before (at once if it is closed).
     */
    public void sendBlock(int piece, int offset, ByteBuffer data, Runnable sent) {
        if (phase == Phase.CLOSED) {
            sent.run();
            return;
        }
        sendBlock(piece, offset, data);
        whenSent.add(new WhenSent(data, sent));
    }

    /** Queues a PIECE message whose block is {@code data}'s remaining bytes, without copying them. */
    public void sendBlock(int piece, int offset, ByteBuffer data) {
        if (phase == Phase.CLOSED) {
            return;
        }
        PeerMessage.Piece message = new PeerMessage.Piece(piece, offset, data);
        ByteBuffer header = ByteBuffer.allocate(13);
        PeerMessageEncoder.encodePieceHeader(message, header);
        header.flip();
        sendQueue.add(header);
        queuedBytes += header.remaining();
        enqueue(data);
    }

    /** Tokens were added to the buckets: a parked direction may move again. */
    public void refilled() {
        if (phase == Phase.CLOSED) {
            return;
        }
        if (parkedRead) {
            parkedRead = false;
            interest(SelectionKey.OP_READ, true);
        }
        if (parkedWrite) {
            parkedWrite = false;
            interest(SelectionKey.OP_WRITE, true);
        }
    }

    /** Closes the connection and tells the listener why (once). */
    public void close(String reason) {
        if (phase == Phase.CLOSED) {
            return;
        }
        phase = Phase.CLOSED;
        key.cancel();
        try {
            channel.close();
        } catch (IOException e) {
            // closing: nothing more to lose
        }
        sendQueue.clear();
        queuedBytes = 0;
        while (!whenSent.isEmpty()) {
            whenSent.poll().action().run();
        }
        if (binding != null) {
            binding.listener().onClosed(this, reason);
        }
    }

    private void connected() {
        phase = Phase.HANDSHAKE;
        interest(SelectionKey.OP_CONNECT, false);
        interest(SelectionKey.OP_READ, true);
        enqueue(Handshake.ours(binding.infoHash(), binding.ourId()).encode());
    }

    private void enqueue(ByteBuffer bytes) {
        sendQueue.add(bytes);
        queuedBytes += bytes.remaining();
        if (!parkedWrite) {
            interest(SelectionKey.OP_WRITE, true);
        }
    }

    private void flush() throws IOException {
        long queuedBefore = queuedBytes;
        long allowed = binding == null ? queuedBytes : binding.upload().allowance(queuedBytes);
        if (allowed == 0 && queuedBytes > 0) {
            parkWrite();
            return;
        }
        long written;
        if (allowed >= queuedBytes) {
            ByteBuffer[] batch = sendQueue.stream().limit(MAX_GATHER).toArray(ByteBuffer[]::new);
            written = channel.write(batch);
        } else {
            ByteBuffer first = sendQueue.peek();
            ByteBuffer part = first.slice(first.position(), (int) Math.min(first.remaining(), allowed));
            written = channel.write(part);
            first.position(first.position() + (int) written);
        }
        if (written > 0) {
            lastSentNanos = System.nanoTime();
            if (binding != null) {
                binding.upload().consume(written);
            }
        }
        queuedBytes -= written;
        while (!sendQueue.isEmpty() && !sendQueue.peek().hasRemaining()) {
            ByteBuffer sent = sendQueue.poll();
            if (!whenSent.isEmpty() && whenSent.peek().buffer() == sent) {
                whenSent.poll().action().run();
            }
        }
        if (sendQueue.isEmpty()) {
            interest(SelectionKey.OP_WRITE, false);
        }
        if (binding != null && queuedBefore >= SEND_QUEUE_HIGH / 2 && queuedBytes < SEND_QUEUE_HIGH / 2) {
            binding.listener().onWritable(this);
        }
    }

    private void read() throws IOException, PeerProtocolException {
        long allowed = binding == null ? readBuffer.remaining() : binding.download().allowance(readBuffer.remaining());
        if (allowed == 0) {
            parkedRead = true;
            interest(SelectionKey.OP_READ, false);
            park.accept(this);
            return;
        }
        readBuffer.limit(readBuffer.position() + (int) allowed);
        int count = channel.read(readBuffer);
        readBuffer.limit(readBuffer.capacity());
        if (count < 0) {
            close(decoder == null || decoder.isAtMessageBoundary() ? "the peer closed the connection"
                    : "the peer closed the connection in the middle of a message");
            return;
        }
        if (count == 0) {
            return;
        }
        lastReceivedNanos = System.nanoTime();
        if (binding != null) {
            binding.download().consume(count);
        }
        readBuffer.flip();
        try {
            consume();
        } finally {
            if (phase != Phase.CLOSED) {
                readBuffer.compact();
            }
        }
    }

    private void consume() throws PeerProtocolException {
        if (phase == Phase.HANDSHAKE && !consumeHandshake()) {
            return;
        }
        while (phase == Phase.MESSAGES) {
            Optional<PeerMessage> message = decoder.decode(readBuffer);
            if (message.isEmpty()) {
                return;
            }
            binding.listener().onMessage(this, message.get());
        }
    }

    /** Whether the whole handshake is in: then messages follow. */
    private boolean consumeHandshake() throws PeerProtocolException {
        Optional<Handshake> theirs;
        if (incoming) {
            if (binding == null) {
                Optional<HandshakeHeader> header = handshakeDecoder.decodeHeader(readBuffer);
                if (header.isEmpty()) {
                    return false;
                }
                Optional<Binding> routed = router.apply(this, header.get().infoHash());
                if (routed.isEmpty()) {
                    close("no active torrent with info hash " + header.get().infoHash().hex());
                    return false;
                }
                binding = routed.get();
                decoder = new PeerMessageDecoder(binding.shape());
                enqueue(Handshake.ours(binding.infoHash(), binding.ourId()).encode());
            }
            theirs = handshakeDecoder.decodePeerId(readBuffer);
        } else {
            theirs = handshakeDecoder.decode(readBuffer, binding.infoHash());
        }
        if (theirs.isEmpty()) {
            return false;
        }
        phase = Phase.MESSAGES;
        binding.listener().onHandshake(this, theirs.get());
        return phase == Phase.MESSAGES;
    }

    private void parkWrite() {
        parkedWrite = true;
        interest(SelectionKey.OP_WRITE, false);
        park.accept(this);
    }

    private void interest(int op, boolean on) {
        if (key.isValid()) {
            int ops = key.interestOps();
            key.interestOps(on ? ops | op : ops & ~op);
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
