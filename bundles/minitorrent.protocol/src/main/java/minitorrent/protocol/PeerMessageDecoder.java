package minitorrent.protocol;

import java.nio.ByteBuffer;
import java.util.Optional;

import minitorrent.protocol.internal.ByteAccumulator;
import minitorrent.protocol.internal.MessageBodyParser;
import minitorrent.protocol.internal.MessageIds;
import minitorrent.protocol.internal.MessageRules;

/**
 * Decodes the messages that follow the handshake from bytes as they arrive: a message may be split
 * across reads anywhere, and one read may hold several messages. Hostile input is expected: each
 * length prefix is checked against what its message type may lawfully need before the body is
 * buffered, so the decoder never holds more than one lawful message ({@link #bufferCapacity()}),
 * and every value is checked against the torrent's {@link TorrentShape}. A violation is a
 * {@link PeerProtocolException} naming the message and value, after which the connection must be
 * closed and the decoder refuses further input.
 *
 * <p>Limits and choices: a PIECE carries at most {@link BlockRange#MAX_LENGTH} (16 KiB); an
 * EXTENDED message is at most {@link #DEFAULT_MAX_EXTENDED_LENGTH} unless told otherwise; the
 * fast extension's messages are errors since we do not advertise it (BEP 6); messages with other
 * unknown ids are skipped unbuffered if no longer than the extended limit
 * ({@link #skippedMessages()} counts them). A BITFIELD is accepted at any point of the
 * connection (aria2 sends one late): whether it is welcome is the engine's business.
 *
 * <p>A PIECE's block is valid only until the next call of {@link #decode} or a change of the
 * buffer given to it: the caller copies it out at once. A PIECE whose whole body is already in
 * the input is not copied at all: its block is a view of that buffer. One split across inputs is
 * collected in a buffer of the decoder's own, the same for every such PIECE. This saves a copy
 * and an allocation of every 16 KiB block on the download path.
 *
 * <p>Not thread-safe: owned by the thread that reads the connection.
 */
public final class PeerMessageDecoder {

    /** 1 MiB: room for the extension handshake and, later, 16 KiB metadata pieces with their header. */
    public static final int DEFAULT_MAX_EXTENDED_LENGTH = 1 << 20;

    private static final ByteAccumulator EMPTY_BODY = new ByteAccumulator(0);

    private enum State { LENGTH, ID, BODY, PIECE_IN_PLACE, SKIP, FAILED }

    private final MessageRules rules;
    private final MessageBodyParser parser;
    private final ByteAccumulator lengthPrefix = new ByteAccumulator(4);
    private State state = State.LENGTH;
    private long length;
    private int id;
    private ByteAccumulator body = EMPTY_BODY;
    /** Where PIECE bodies split across inputs are collected, again and again. */
    private final ByteAccumulator pieceBody = new ByteAccumulator(0);
    private long skipRemaining;
    private long skippedMessages;

    /** A decoder for the messages of a torrent of this shape, with the default extended limit. */
    public PeerMessageDecoder(TorrentShape shape) {
        this(shape, DEFAULT_MAX_EXTENDED_LENGTH);
    }

    /**
     * @param maxExtendedLength the longest EXTENDED message accepted, counted as its length prefix
     *                          counts (id bytes included), at least 2
     */
    public PeerMessageDecoder(TorrentShape shape, int maxExtendedLength) {
        if (maxExtendedLength < 2) {
            throw new IllegalArgumentException("an EXTENDED message has at least 2 bytes, the limit cannot be "
                    + maxExtendedLength);
        }
        this.rules = new MessageRules(shape, maxExtendedLength);
        this.parser = new MessageBodyParser(shape);
    }

    /**
     * Takes bytes from the buffer up to the end of the next complete message, and returns it; or,
     * when the buffer ends first, takes all of them and returns empty. Call again while it returns
     * a message: bytes after it stay in the buffer.
     *
     * @throws PeerProtocolException if the peer broke the protocol; the decoder is unusable after
     * @throws IllegalStateException if called after it threw
     */
    public Optional<PeerMessage> decode(ByteBuffer in) throws PeerProtocolException {
        if (state == State.FAILED) {
            throw new IllegalStateException("the decoder failed before: close the connection");
        }
        try {
            return decodeNext(in);
        } catch (PeerProtocolException e) {
            state = State.FAILED;
            body = EMPTY_BODY;
            throw e;
        }
    }

    private Optional<PeerMessage> decodeNext(ByteBuffer in) throws PeerProtocolException {
        while (true) {
            switch (state) {
                case LENGTH -> {
                    if (!lengthPrefix.fillFrom(in)) {
                        return Optional.empty();
                    }
                    length = Integer.toUnsignedLong(ByteBuffer.wrap(lengthPrefix.bytes()).getInt());
                    lengthPrefix.clear();
                    if (length == 0) {
                        return Optional.of(new PeerMessage.KeepAlive());
                    }
                    state = State.ID;
                }
                case ID -> {
                    if (!in.hasRemaining()) {
                        return Optional.empty();
                    }
                    id = Byte.toUnsignedInt(in.get());
                    startBody(in);
                }
                case PIECE_IN_PLACE -> {
                    int size = (int) (length - 1);
                    ByteBuffer view = in.slice(in.position(), size);
                    in.position(in.position() + size);
                    state = State.LENGTH;
                    return Optional.of(parser.parsePiece(view));
                }
                case BODY -> {
                    if (!body.fillFrom(in)) {
                        return Optional.empty();
                    }
                    PeerMessage message = body == pieceBody ? parser.parsePiece(pieceBody.view()) : parser.parse(id, body.bytes());
                    body = EMPTY_BODY;
                    state = State.LENGTH;
                    return Optional.of(message);
                }
                case SKIP -> {
                    int count = (int) Math.min(in.remaining(), skipRemaining);
                    in.position(in.position() + count);
                    skipRemaining -= count;
                    if (skipRemaining > 0) {
                        return Optional.empty();
                    }
                    skippedMessages++;
                    state = State.LENGTH;
                }
                case FAILED -> throw new IllegalStateException("unreachable: decode() checks for FAILED");
            }
        }
    }

    /** Checks the length for the id just read, then prepares to buffer, to view in place, or to skip the body. */
    private void startBody(ByteBuffer in) throws PeerProtocolException {
        switch (rules.check(id, length)) {
            case DECODE -> {
                if (id == MessageIds.PIECE && in.remaining() >= length - 1) {
                    state = State.PIECE_IN_PLACE;
                    return;
                }
                if (id == MessageIds.PIECE) {
                    pieceBody.restart((int) (length - 1));
                    body = pieceBody;
                    state = State.BODY;
                    return;
                }
                // The rules bounded the length by the message type: the body's buffer is lawful.
                body = length == 1 ? EMPTY_BODY : new ByteAccumulator((int) (length - 1));
                state = State.BODY;
            }
            case SKIP -> {
                skipRemaining = length - 1;
                state = State.SKIP;
            }
        }
    }

    /**
     * The bytes this decoder holds, for per-peer memory accounting: the 4 bytes of a length prefix,
     * the body's buffer of the message it is assembling, which is never larger than the lawful
     * body and, past 16 KiB, grows only as the body arrives, and the buffer it keeps for PIECE
     * bodies (at most a block and its header).
     */
    public int bufferCapacity() {
        return lengthPrefix.capacity() + (body == pieceBody ? 0 : body.capacity()) + pieceBody.capacity();
    }

    /** How many messages with unknown ids were skipped. */
    public long skippedMessages() {
        return skippedMessages;
    }

    /** Whether the decoder is between messages, holding no part of one: where a peer may lawfully hang up. */
    public boolean isAtMessageBoundary() {
        return state == State.LENGTH && lengthPrefix.isEmpty();
    }
}
