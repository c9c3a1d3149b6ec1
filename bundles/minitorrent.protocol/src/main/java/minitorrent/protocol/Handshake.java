package minitorrent.protocol;

import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import minitorrent.metainfo.InfoHash;

/**
 * The first 68 bytes each side sends (BEP 3): the length 19 and the name "BitTorrent protocol",
 * 8 reserved bytes for extensions, the torrent's info hash and the sender's peer id.
 */
public record Handshake(ReservedBits reserved, InfoHash infoHash, PeerId peerId) {

    /** The protocol name every BitTorrent handshake starts with, after its length byte. */
    public static final String PROTOCOL = "BitTorrent protocol";

    /** The length of a handshake in bytes. */
    public static final int LENGTH = 1 + 19 + 8 + InfoHash.LENGTH + PeerId.LENGTH;

    static final byte[] PROTOCOL_BYTES = PROTOCOL.getBytes(StandardCharsets.US_ASCII);

    /** Our handshake for this torrent: with the extensions we implement, {@link ReservedBits#OURS}. */
    public static Handshake ours(InfoHash infoHash, PeerId peerId) {
        return new Handshake(ReservedBits.OURS, infoHash, peerId);
    }

    /**
     * Writes the 68 bytes at the buffer's position.
     *
     * @throws BufferOverflowException if fewer than 68 bytes remain; then nothing is written
     */
    public void writeTo(ByteBuffer out) {
        if (out.remaining() < LENGTH) {
            throw new BufferOverflowException();
        }
        out.put((byte) PROTOCOL_BYTES.length).put(PROTOCOL_BYTES).putLong(reserved.bits())
                .put(infoHash.bytes()).put(peerId.bytes());
    }

    /** The 68 bytes in a new buffer, ready to be read (flipped). */
    public ByteBuffer encode() {
        ByteBuffer out = ByteBuffer.allocate(LENGTH);
        writeTo(out);
        return out.flip();
    }
}
