package minitorrent.engine.internal;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import minitorrent.protocol.BlockRange;
import minitorrent.storage.TorrentStorage;

/**
 * Serves one torrent's peers the blocks they asked for, from storage. Consecutive requests in one
 * piece (what a downloader's pipeline asks for) are read in one disk job of up to
 * {@link UploadBuffers#CAPACITY} into a recycled direct buffer that the socket sends from, not one
 * job per 16 KiB block; a peer has at most {@link #MAX_READS_PER_PEER} reads going, and only while
 * its send queue has room. Owned by the event loop.
 */
final class BlockServer {

    private static final int MAX_READS_PER_PEER = 4;

    private final SessionContext session;
    private final String torrentName;
    private final RateMeter uploaded;
    private final Consumer<String> readFailed;

    /**
     * @param uploaded   counts the bytes sent
     * @param readFailed what a block that cannot be read does to the torrent, told why
     */
    BlockServer(SessionContext session, String torrentName, RateMeter uploaded, Consumer<String> readFailed) {
        this.session = session;
        this.torrentName = torrentName;
        this.uploaded = uploaded;
        this.readFailed = readFailed;
    }

    /** Starts reading what the peer waits for, as far as its limits allow; goes on as reads are sent. */
    void serve(Peer peer, TorrentStorage storage) {
        PeerWire wire = peer.wire();
        while (!peer.toServe().isEmpty() && peer.readsInProgress() < MAX_READS_PER_PEER
                && wire.queuedBytes() + peer.bytesBeingRead() < PeerWire.SEND_QUEUE_HIGH) {
            List<BlockRange> run = nextRun(peer);
            BlockRange first = run.get(0);
            int length = run.stream().mapToInt(BlockRange::length).sum();
            peer.readStarted(length);
            UploadBuffers buffers = session.uploadBuffers();
            ByteBuffer data = buffers.take(length);
            session.disk().submit(() -> {
                storage.readBlock(first.piece(), first.offset(), data);
                return data;
            }, read -> {
                peer.readDone(length);
                if (!wire.isOpen() || peer.amChoking()) {
                    buffers.give(read);
                    return;
                }
                for (BlockRange block : run.subList(0, run.size() - 1)) {
                    wire.sendBlock(block.piece(), block.offset(), read.slice(block.offset() - first.offset(), block.length()));
                }
                // The buffer goes back once its last block is sent: the queue sends in order.
                BlockRange last = run.get(run.size() - 1);
                wire.sendBlock(last.piece(), last.offset(), read.slice(last.offset() - first.offset(), last.length()),
                        () -> buffers.give(read));
                peer.upload().add(length);
                uploaded.add(length);
                serve(peer, storage);
            }, e -> {
                peer.readDone(length);
                buffers.give(data);
                readFailed.accept("cannot read piece " + first.piece() + " of '" + torrentName + "': " + e.getMessage());
            });
        }
    }

    /** The first waiting request and those right after it that continue it in the same piece. */
    private static List<BlockRange> nextRun(Peer peer) {
        List<BlockRange> run = new ArrayList<>();
        BlockRange block = peer.toServe().poll();
        run.add(block);
        int bytes = block.length();
        int end = block.offset() + block.length();
        while (!peer.toServe().isEmpty()) {
            BlockRange next = peer.toServe().peek();
            if (next.piece() != block.piece() || next.offset() != end || bytes + next.length() > UploadBuffers.CAPACITY) {
                break;
            }
            run.add(peer.toServe().poll());
            bytes += next.length();
            end += next.length();
        }
        return run;
    }
}
