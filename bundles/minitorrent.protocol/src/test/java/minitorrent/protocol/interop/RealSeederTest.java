package minitorrent.protocol.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import minitorrent.metainfo.InfoHash;
import minitorrent.protocol.BlockRange;
import minitorrent.protocol.ExtensionHandshake;
import minitorrent.protocol.Handshake;
import minitorrent.protocol.PeerId;
import minitorrent.protocol.PeerMessage;
import minitorrent.protocol.PeerProtocolException;
import minitorrent.protocol.TorrentShape;
import minitorrent.testing.ExternalProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Downloads a few blocks from a real client seeding on 127.0.0.1, through our codec only: our
 * handshake and theirs, the extension handshakes, their bitfield (and any HAVE), interested,
 * unchoke, requests, and the blocks checked against the bytes of the file on disk. We do not
 * advertise the fast extension, so the seeder must announce its pieces with a BITFIELD, not
 * HAVE_ALL, which our decoder would refuse. Subclasses start the seeder.
 */
abstract class RealSeederTest {

    /** 200,000 bytes in pieces of 32 KiB: 6 full pieces of two blocks and a last one of 3392 bytes. */
    static final int PAYLOAD_SIZE = 200_000;
    static final int PIECE_LENGTH = 32 * 1024;
    static final String PAYLOAD_FILE = "payload.bin";
    private static final Duration MESSAGE_WAIT = Duration.ofSeconds(30);

    /** A seeder that runs, and what a leecher must know to talk to it. */
    record Seeder(ExternalProcess process, InfoHash infoHash, int port, TorrentShape shape) implements AutoCloseable {

        @Override
        public void close() throws InterruptedException {
            process.close();
        }
    }

    /** Starts the client seeding a torrent of {@code PAYLOAD_FILE} in the directory; skips if it is absent. */
    abstract Seeder startSeeder(Path directory) throws Exception;

    /** The start of the client's name as our {@link PeerId#clientName()} reads its peer id, e.g. "libtorrent 2.". */
    abstract String clientName();

    /** Checks what the client is known to tell in its extension handshake. */
    abstract void checkExtensionHandshake(ExtensionHandshake extensions);

    @Test
    @Timeout(120)
    void blocksDownloadedThroughOurCodecMatchTheFile(@TempDir Path directory) throws Exception {
        try (Seeder seeder = startSeeder(directory); WireConnection peer = WireConnection.open(seeder.port())) {
            Handshake theirs = peer.handshake(seeder.infoHash(), PeerId.generate(), seeder.shape());
            assertEquals(seeder.infoHash(), theirs.infoHash());
            assertTrue(theirs.reserved().supportsExtensionProtocol(), "reserved bits " + theirs.reserved());
            assertTrue(theirs.peerId().clientName().startsWith(clientName()), theirs.peerId().clientName());

            peer.send(ExtensionHandshake.builder().clientName("MiniTorrent 0.1.0").requestQueueLength(16)
                    .yourIp(InetAddress.getLoopbackAddress()).build().toMessage());
            checkExtensionHandshake(awaitExtensionHandshakeAndAllPieces(peer, seeder.shape()));
            assertTrue(peer.received().stream().anyMatch(PeerMessage.Bitfield.class::isInstance),
                    "a BITFIELD among " + peer.received());

            peer.send(new PeerMessage.Interested());
            peer.receive(PeerMessage.Unchoke.class, MESSAGE_WAIT);

            TorrentShape shape = seeder.shape();
            int last = shape.pieceCount() - 1;
            List<BlockRange> blocks = List.of(new BlockRange(0, 0, BlockRange.MAX_LENGTH),
                    new BlockRange(0, BlockRange.MAX_LENGTH, BlockRange.MAX_LENGTH),
                    new BlockRange(3, BlockRange.MAX_LENGTH, BlockRange.MAX_LENGTH),
                    new BlockRange(last, 0, shape.lengthOf(last)));
            for (BlockRange block : blocks) {
                peer.send(new PeerMessage.Request(block));
            }
            Map<BlockRange, ByteBuffer> arrived = new HashMap<>();
            while (arrived.size() < blocks.size()) {
                PeerMessage.Piece piece = peer.receive(PeerMessage.Piece.class, MESSAGE_WAIT);
                arrived.put(piece.range(), piece.block());
            }
            byte[] file = Files.readAllBytes(directory.resolve(PAYLOAD_FILE));
            for (BlockRange block : blocks) {
                long start = (long) block.piece() * shape.pieceLength() + block.offset();
                ByteBuffer expected = ByteBuffer.wrap(file, (int) start, block.length());
                assertEquals(expected, arrived.get(block), "bytes of " + block);
            }
        }
    }

    /** Reads messages until the peer's extension handshake came and its BITFIELD and HAVEs cover every piece. */
    private static ExtensionHandshake awaitExtensionHandshakeAndAllPieces(WireConnection peer, TorrentShape shape)
            throws Exception {
        ExtensionHandshake extensions = null;
        BitSet pieces = new BitSet();
        long deadline = System.nanoTime() + MESSAGE_WAIT.toNanos();
        while (extensions == null || pieces.cardinality() < shape.pieceCount()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no extension handshake and all pieces within " + MESSAGE_WAIT + "; received "
                        + peer.received());
            }
            switch (peer.receive()) {
                case PeerMessage.Extended extended when extended.extendedId() == PeerMessage.Extended.HANDSHAKE_ID ->
                        extensions = decode(extended);
                case PeerMessage.Bitfield bitfield -> pieces = bitfield.pieces();
                case PeerMessage.Have have -> pieces.set(have.piece());
                default -> {
                }
            }
        }
        return extensions;
    }

    private static ExtensionHandshake decode(PeerMessage.Extended extended) throws PeerProtocolException {
        return ExtensionHandshake.decode(extended.payload());
    }
}
