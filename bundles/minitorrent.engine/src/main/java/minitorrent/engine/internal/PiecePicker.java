package minitorrent.engine.internal;

import java.util.BitSet;
import java.util.Random;

/**
 * Chooses the next piece to start fetching from a peer: the highest priority first; among those,
 * in order when sequential, at random while we have fewer than {@link #RANDOM_FIRST} pieces (so
 * that we soon have something to trade, and peers starting together do not all want the same
 * piece), otherwise the rarest among connected peers with a random tie-break. Pieces we have or
 * have started are never picked. Owned by the event loop.
 */
public final class PiecePicker {

    static final int RANDOM_FIRST = 4;

    private final int pieceCount;
    private final int[] availability;
    private final byte[] priority;
    private final BitSet had = new BitSet();
    private final BitSet started = new BitSet();
    private final Random random;
    private boolean sequential;

    public PiecePicker(int pieceCount, Random random) {
        this.pieceCount = pieceCount;
        this.availability = new int[pieceCount];
        this.priority = new byte[pieceCount];
        this.random = random;
        java.util.Arrays.fill(priority, (byte) 1);
    }

    public void setSequential(boolean value) {
        sequential = value;
    }

    /** Sets a piece's priority: 0 not wanted, 1 normal, 2 high. */
    public void setPriority(int piece, int level) {
        priority[piece] = (byte) level;
    }

    public boolean isWanted(int piece) {
        return priority[piece] > 0;
    }

    public void setHad(BitSet pieces) {
        had.clear();
        had.or(pieces);
    }

    public void had(int piece) {
        had.set(piece);
        started.clear(piece);
    }

    public boolean has(int piece) {
        return had.get(piece);
    }

    /** The piece is being fetched: not picked again until {@link #abandon}ed. */
    public void start(int piece) {
        started.set(piece);
    }

    /** The piece is no longer being fetched (it failed its hash, or its blocks were given up). */
    public void abandon(int piece) {
        started.clear(piece);
    }

    public void peerHas(int piece) {
        availability[piece]++;
    }

    public void peerHas(BitSet pieces) {
        pieces.stream().forEach(piece -> availability[piece]++);
    }

    public void peerLost(BitSet pieces) {
        pieces.stream().forEach(piece -> availability[piece]--);
    }

    /** Per piece, how many connected peers have it (a copy). */
    public int[] availability() {
        return availability.clone();
    }

    /** Whether the peer has a piece we want and do not have. */
    public boolean wantsAnyOf(BitSet peerPieces) {
        for (int piece = peerPieces.nextSetBit(0); piece >= 0; piece = peerPieces.nextSetBit(piece + 1)) {
            if (!had.get(piece) && priority[piece] > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether every piece we want is had. */
    public boolean isFinished() {
        for (int piece = had.nextClearBit(0); piece < pieceCount; piece = had.nextClearBit(piece + 1)) {
            if (priority[piece] > 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether a wanted piece nobody fetches is left, from anyone. */
    public boolean hasUnstarted() {
        for (int piece = 0; piece < pieceCount; piece++) {
            if (priority[piece] > 0 && !had.get(piece) && !started.get(piece)) {
                return true;
            }
        }
        return false;
    }

    /** The next piece to start from a peer with these pieces, or -1 if it has none we want. */
    public int pick(BitSet peerPieces) {
        int best = -1;
        int bestPriority = 0;
        int bestAvailability = Integer.MAX_VALUE;
        int ties = 0;
        boolean randomly = had.cardinality() < RANDOM_FIRST;
        for (int piece = peerPieces.nextSetBit(0); piece >= 0; piece = peerPieces.nextSetBit(piece + 1)) {
            if (had.get(piece) || started.get(piece) || priority[piece] == 0) {
                continue;
            }
            int level = priority[piece];
            int rarity = sequential || randomly ? 0 : availability[piece];
            if (level > bestPriority || (level == bestPriority && rarity < bestAvailability)) {
                best = piece;
                bestPriority = level;
                bestAvailability = rarity;
                ties = 1;
            } else if (level == bestPriority && rarity == bestAvailability && !sequential && random.nextInt(++ties) == 0) {
                best = piece; // reservoir sampling: each tied piece is kept with equal chance
            }
        }
        return best;
    }
}
