package minitorrent.engine.hostile;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import minitorrent.metainfo.Torrent;
import minitorrent.protocol.BlockRange;
import minitorrent.protocol.PeerMessage;
import minitorrent.protocol.PeerMessageEncoder;

/**
 * Messages no lawful peer sends, as their raw bytes: lengths far too big, bitfields of the wrong
 * size, pieces and blocks out of range. Where a message record refuses to hold the misdeed, the
 * bytes are spelled out (BEP 3's framing: a 4-byte length, the id, the body).
 */
final class WireMisdeeds {

    static final int PIECE = 7;
    private static final int BITFIELD = 5;
    private static final int REQUEST = 6;
    private static final int EXTENDED = 20;
    private static final int UNKNOWN = 99;

    private WireMisdeeds() {
    }

    /** Each misdeed for this torrent by what it is, to be sent right after the handshake. */
    static Map<String, ByteBuffer> of(Torrent torrent) {
        int pieces = torrent.pieceCount();
        int pieceLength = torrent.pieceLength();
        int bitfieldBytes = (pieces + 7) / 8;
        Map<String, ByteBuffer> misdeeds = new LinkedHashMap<>();
        misdeeds.put("a PIECE announced as 2 GiB long", prefix(0x7fff_ffff, PIECE));
        misdeeds.put("a message of unknown id announced as 4 GiB long", prefix(0xffff_ffff, UNKNOWN));
        misdeeds.put("an EXTENDED message announced as 64 MiB long", prefix(64 << 20, EXTENDED));
        misdeeds.put("a BITFIELD one byte short", message(BITFIELD, filled(bitfieldBytes - 1)));
        misdeeds.put("a BITFIELD one byte long", message(BITFIELD, filled(bitfieldBytes + 1)));
        misdeeds.put("a BITFIELD with its spare bits set", message(BITFIELD, filled(bitfieldBytes)));
        misdeeds.put("a HAVE of a piece past the last", PeerMessageEncoder.encode(new PeerMessage.Have(pieces)));
        misdeeds.put("a REQUEST of a piece past the last", request(pieces, 0, BlockRange.MAX_LENGTH));
        misdeeds.put("a REQUEST past the end of its piece", request(0, pieceLength - 100, BlockRange.MAX_LENGTH));
        misdeeds.put("a REQUEST past the end of the torrent", request(pieces - 1, torrent.pieceSize(pieces - 1), 1));
        misdeeds.put("a REQUEST of 64 KiB", message(REQUEST, ByteBuffer.allocate(12).putInt(0).putInt(0).putInt(64 << 10).array()));
        misdeeds.put("a PIECE past the end of its piece", PeerMessageEncoder.encode(
                new PeerMessage.Piece(0, pieceLength - 100, ByteBuffer.allocate(BlockRange.MAX_LENGTH))));
        return misdeeds;
    }

    /** A length prefix and an id, and not the body they announce. */
    static ByteBuffer prefix(int length, int id) {
        return ByteBuffer.allocate(5).putInt(length).put((byte) id).flip();
    }

    private static ByteBuffer request(int piece, int offset, int length) {
        return PeerMessageEncoder.encode(new PeerMessage.Request(new BlockRange(piece, offset, length)));
    }

    private static ByteBuffer message(int id, byte[] body) {
        return ByteBuffer.allocate(5 + body.length).putInt(1 + body.length).put((byte) id).put(body).flip();
    }

    private static byte[] filled(int length) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) 0xff);
        return bytes;
    }
}
