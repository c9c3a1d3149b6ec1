package minitorrent.protocol;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;

import minitorrent.metainfo.InfoHash;
import minitorrent.protocol.internal.ByteAccumulator;
import minitorrent.protocol.internal.PrintableBytes;

/**
 * Decodes the peer's handshake from bytes as they arrive, in any chunks, taking no byte past its
 * end, so the messages that follow stay in the buffer for the {@link PeerMessageDecoder}.
 *
 * <p>The side that dialed knows the torrent: it calls {@link #decode(ByteBuffer, InfoHash)},
 * which fails on another info hash. The side that accepted learns the torrent from the handshake:
 * it calls {@link #decodeHeader} until the info hash is there, chooses the torrent (or closes),
 * sends its own handshake, then calls {@link #decodePeerId} for the rest.
 *
 * <p>Not thread-safe: owned by the thread that reads the connection. Single use.
 */
public final class HandshakeDecoder {

    private static final int HEADER_LENGTH = 1 + 19 + 8 + InfoHash.LENGTH;

    private final ByteAccumulator headerBytes = new ByteAccumulator(HEADER_LENGTH);
    private final ByteAccumulator peerIdBytes = new ByteAccumulator(PeerId.LENGTH);
    private HandshakeHeader header;

    /**
     * Takes bytes up to the end of the info hash and returns the header once it is complete (again
     * on later calls, without taking more bytes).
     *
     * @throws PeerProtocolException if the peer does not speak the BitTorrent protocol
     */
    public Optional<HandshakeHeader> decodeHeader(ByteBuffer in) throws PeerProtocolException {
        if (header == null && headerBytes.fillFrom(in)) {
            header = parseHeader(headerBytes.bytes());
        }
        return Optional.ofNullable(header);
    }

    /**
     * After the header: takes the peer id's bytes and returns the whole handshake once they are
     * all there.
     *
     * @throws IllegalStateException if the header is not complete yet
     */
    public Optional<Handshake> decodePeerId(ByteBuffer in) {
        if (header == null) {
            throw new IllegalStateException("the handshake's header is not complete yet");
        }
        if (!peerIdBytes.fillFrom(in)) {
            return Optional.empty();
        }
        return Optional.of(new Handshake(header.reserved(), header.infoHash(), PeerId.of(peerIdBytes.bytes())));
    }

    /**
     * For the side that dialed: takes bytes up to the end of the handshake and returns it once
     * complete.
     *
     * @param expected the info hash of the torrent we connected for
     * @throws PeerProtocolException if the peer does not speak the protocol or answers for another
     *                               torrent
     */
    public Optional<Handshake> decode(ByteBuffer in, InfoHash expected) throws PeerProtocolException {
        Optional<HandshakeHeader> decoded = decodeHeader(in);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        if (!decoded.get().infoHash().equals(expected)) {
            throw new PeerProtocolException("handshake for info hash " + decoded.get().infoHash()
                    + ", expected " + expected.hex());
        }
        return decodePeerId(in);
    }

    private static HandshakeHeader parseHeader(byte[] bytes) throws PeerProtocolException {
        int nameLength = Byte.toUnsignedInt(bytes[0]);
        byte[] name = Arrays.copyOfRange(bytes, 1, 20);
        if (nameLength != Handshake.PROTOCOL_BYTES.length || !Arrays.equals(name, Handshake.PROTOCOL_BYTES)) {
            throw new PeerProtocolException("handshake does not start with 19 and '" + Handshake.PROTOCOL
                    + "' but with " + nameLength + " and " + "'" + PrintableBytes.escape(name) + "'");
        }
        ByteBuffer rest = ByteBuffer.wrap(bytes, 20, 8 + InfoHash.LENGTH);
        ReservedBits reserved = new ReservedBits(rest.getLong());
        byte[] infoHash = new byte[InfoHash.LENGTH];
        rest.get(infoHash);
        return new HandshakeHeader(reserved, InfoHash.of(infoHash));
    }
}
