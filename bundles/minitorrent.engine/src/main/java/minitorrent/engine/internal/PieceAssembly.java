package minitorrent.engine.internal;

import java.nio.ByteBuffer;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

import minitorrent.storage.PieceLayout;

/**
 * One piece being fetched, gathered in memory block by block until it can be hashed and written
 * whole. It counts the requests out for each block (more than one only in end-game, at most
 * {@link #MAX_REQUESTS_PER_BLOCK}) and remembers who sent each block, so that a piece failing its
 * hash can be blamed on the peers that sent it. Owned by the event loop.
 */
public final class PieceAssembly {

    static final int MAX_REQUESTS_PER_BLOCK = 2;

    private final int piece;
    private final int length;
    private final int blockCount;
    private final byte[] data;
    private final BitSet received = new BitSet();
    private final byte[] requests;
    private final PeerKey[] senders;
    private PeerKey exclusiveTo;
    private int searchFrom;

    /** Gathers the piece in {@code data}, whose length is the piece's and whose old bytes are all overwritten before it is complete. */
    public PieceAssembly(int piece, byte[] data) {
        this.piece = piece;
        this.length = data.length;
        this.blockCount = (length + PieceLayout.BLOCK_SIZE - 1) / PieceLayout.BLOCK_SIZE;
        this.data = data;
        this.requests = new byte[blockCount];
        this.senders = new PeerKey[blockCount];
    }

    public int piece() {
        return piece;
    }

    public int length() {
        return length;
    }

    /** The bytes of the block at {@code index}. */
    public int blockLength(int index) {
        return Math.min(PieceLayout.BLOCK_SIZE, length - index * PieceLayout.BLOCK_SIZE);
    }

    /** Only this peer may fetch the piece (a retry after a failed hash, to find who is to blame); null for anyone. */
    public void setExclusiveTo(PeerKey peer) {
        exclusiveTo = peer;
    }

    /** The peer the piece was reserved for left: anyone may finish it. */
    public void openToAllIfExclusiveTo(PeerKey peer) {
        if (peer.equals(exclusiveTo)) {
            exclusiveTo = null;
        }
    }

    public boolean isOpenTo(PeerKey peer) {
        return exclusiveTo == null || exclusiveTo.equals(peer);
    }

    /**
     * The first block nobody was asked for and nobody sent, or -1. Blocks are asked for in order,
     * so the search starts where the last one ended; a released block moves that start back.
     */
    public int nextUnrequested() {
        for (int block = received.nextClearBit(searchFrom); block < blockCount; block = received.nextClearBit(block + 1)) {
            if (requests[block] == 0) {
                searchFrom = block;
                return block;
            }
        }
        searchFrom = blockCount;
        return -1;
    }

    /** How many requests for the block are out: more than none after it arrived means end-game duplicates to cancel. */
    public int requestsOut(int block) {
        return requests[block];
    }

    /** In end-game: a block still missing, asked of fewer than the maximum, and not of this peer; or -1. */
    public int nextDuplicate(BitSet askedOfThisPeer) {
        for (int block = received.nextClearBit(0); block < blockCount; block = received.nextClearBit(block + 1)) {
            if (requests[block] < MAX_REQUESTS_PER_BLOCK && !askedOfThisPeer.get(block)) {
                return block;
            }
        }
        return -1;
    }

    public void requested(int block) {
        requests[block]++;
    }

    /** A request for the block is no longer out (answered elsewhere, cancelled, timed out, choked). */
    public void released(int block) {
        if (requests[block] > 0) {
            requests[block]--;
        }
        searchFrom = Math.min(searchFrom, block);
    }

    /** Copies a block in; false when it was already there (a late end-game duplicate). */
    public boolean receive(int block, ByteBuffer bytes, PeerKey from) {
        if (received.get(block)) {
            return false;
        }
        bytes.get(data, block * PieceLayout.BLOCK_SIZE, bytes.remaining());
        received.set(block);
        senders[block] = from;
        return true;
    }

    /** Forgets the blocks this peer sent (a banned peer's), so that they are asked for again. */
    public void dropBlocksFrom(PeerKey peer) {
        for (int block = received.nextSetBit(0); block >= 0; block = received.nextSetBit(block + 1)) {
            if (peer.equals(senders[block])) {
                received.clear(block);
                senders[block] = null;
                searchFrom = Math.min(searchFrom, block);
            }
        }
    }

    public boolean isComplete() {
        return received.cardinality() == blockCount;
    }

    /** Whether nothing was received yet and no request is out: the piece can be given up. */
    public boolean isUntouched() {
        if (!received.isEmpty()) {
            return false;
        }
        for (byte count : requests) {
            if (count > 0) {
                return false;
            }
        }
        return true;
    }

    public ByteBuffer data() {
        return ByteBuffer.wrap(data);
    }

    /** Who sent each block, in block order (null for a block not received). */
    public PeerKey[] blockSenders() {
        return senders.clone();
    }

    /** Every peer that sent a block of the piece. */
    public Set<PeerKey> senders() {
        Set<PeerKey> all = new HashSet<>();
        for (PeerKey sender : senders) {
            if (sender != null) {
                all.add(sender);
            }
        }
        return all;
    }
}
