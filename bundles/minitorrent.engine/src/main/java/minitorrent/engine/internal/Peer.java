package minitorrent.engine.internal;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import minitorrent.protocol.BlockRange;
import minitorrent.protocol.PeerId;

/**
 * What a torrent knows of one connected peer: the four choke and interest flags, its pieces, the
 * blocks we asked of it (with when), the blocks it asked of us, rates, and its misdeeds. The
 * request queue's depth follows the peer's rate so that about {@link #PIPE_SECONDS} seconds of
 * data are in flight: enough to keep a fast link full, never more than the peer accepts.
 * Owned by the event loop.
 */
public final class Peer {

    static final int MIN_QUEUE = 32;
    static final int MAX_QUEUE = 500;
    static final double PIPE_SECONDS = 2.0;
    /** Blocks we cancelled or gave up are remembered this long, so a late arrival is not a misdeed. */
    private static final int REMEMBERED_CANCELS = 1024;
    /** The most requests of ours we keep queued to serve; more are a peer flooding us. */
    static final int MAX_SERVE_QUEUE = 1000;

    private final PeerWire wire;
    private final PeerKey key;
    private PeerId id;
    private String client = "";
    private boolean amChoking = true;
    private boolean amInterested;
    private boolean peerChoking = true;
    private boolean peerInterested;
    private boolean snubbed;
    private final BitSet pieces = new BitSet();
    private final Map<BlockRange, Long> inFlight = new LinkedHashMap<>();
    private final Set<BlockRange> recentlyCancelled = new LinkedHashSet<>();
    private final ArrayDeque<BlockRange> toServe = new ArrayDeque<>();
    private int readsInProgress;
    private long bytesBeingRead;
    private final RateMeter download = new RateMeter();
    private final RateMeter upload = new RateMeter();
    private long lastBlockNanos = System.nanoTime();
    private int maxRequests = MAX_QUEUE;
    private int misdeeds;

    public Peer(PeerWire wire, PeerKey key) {
        this.wire = wire;
        this.key = key;
    }

    public PeerWire wire() {
        return wire;
    }

    /** The address we dial it at (its listen port when it told us), which bans and dial lists use. */
    public PeerKey key() {
        return key;
    }

    public PeerId id() {
        return id;
    }

    public void setId(PeerId value) {
        id = value;
        if (client.isEmpty()) {
            client = value.clientName();
        }
    }

    public String client() {
        return client;
    }

    public void setClient(String value) {
        client = value;
    }

    public boolean amChoking() {
        return amChoking;
    }

    public void setAmChoking(boolean value) {
        amChoking = value;
    }

    public boolean amInterested() {
        return amInterested;
    }

    public void setAmInterested(boolean value) {
        amInterested = value;
    }

    public boolean peerChoking() {
        return peerChoking;
    }

    public void setPeerChoking(boolean value) {
        peerChoking = value;
    }

    public boolean peerInterested() {
        return peerInterested;
    }

    public void setPeerInterested(boolean value) {
        peerInterested = value;
    }

    public boolean isSnubbed() {
        return snubbed;
    }

    public void setSnubbed(boolean value) {
        snubbed = value;
    }

    /** The pieces it has (the live set: the torrent updates it). */
    public BitSet pieces() {
        return pieces;
    }

    /** Blocks asked of it, oldest first, with the nano time of asking. */
    public Map<BlockRange, Long> inFlight() {
        return inFlight;
    }

    /** Forgets a request of ours without treating a late answer to it as unasked. */
    public void forgetRequest(BlockRange block) {
        if (inFlight.remove(block) != null) {
            recentlyCancelled.add(block);
            if (recentlyCancelled.size() > REMEMBERED_CANCELS) {
                Iterator<BlockRange> oldest = recentlyCancelled.iterator();
                oldest.next();
                oldest.remove();
            }
        }
    }

    /** Whether a block that was not in flight was one we asked for and later gave up. */
    public boolean wasCancelled(BlockRange block) {
        return recentlyCancelled.remove(block);
    }

    /** Requests of the peer waiting to be read from disk and sent. */
    public ArrayDeque<BlockRange> toServe() {
        return toServe;
    }

    public int readsInProgress() {
        return readsInProgress;
    }

    public void readStarted(int bytes) {
        readsInProgress++;
        bytesBeingRead += bytes;
    }

    public void readDone(int bytes) {
        readsInProgress--;
        bytesBeingRead -= bytes;
    }

    /** Bytes of its requests being read from disk now, soon to join the send queue. */
    public long bytesBeingRead() {
        return bytesBeingRead;
    }

    public RateMeter download() {
        return download;
    }

    public RateMeter upload() {
        return upload;
    }

    public long lastBlockNanos() {
        return lastBlockNanos;
    }

    public void blockArrived(int bytes) {
        lastBlockNanos = System.nanoTime();
        download.add(bytes);
        snubbed = false;
    }

    /** The peer's own limit on our queued requests (its extension handshake's reqq). */
    public void setMaxRequests(int value) {
        maxRequests = Math.max(1, Math.min(value, MAX_QUEUE));
    }

    /** How many requests to keep in flight: about two seconds at its rate, one when snubbed. */
    public int queueTarget() {
        if (snubbed) {
            return 1;
        }
        long bytes = (long) (download.rate() * PIPE_SECONDS);
        int blocks = (int) Math.min(MAX_QUEUE, bytes / BlockRange.MAX_LENGTH);
        return Math.min(maxRequests, Math.max(MIN_QUEUE, blocks));
    }

    /** Counts something the peer should not have done; returns how many it did so far. */
    public int misbehaved() {
        return ++misdeeds;
    }

    /** The share of the torrent it has. */
    public double progress(int pieceCount) {
        return (double) pieces.cardinality() / pieceCount;
    }

    public boolean isSeed(int pieceCount) {
        return pieces.cardinality() == pieceCount;
    }
}
