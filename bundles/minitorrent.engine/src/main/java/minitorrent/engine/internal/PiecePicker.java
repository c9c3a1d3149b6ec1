package minitorrent.engine.internal;

import java.util.BitSet;
import java.util.Random;

/**
 * Chooses the next piece to start fetching from a peer: the highest priority first; among those,
 * in order when sequential, at random while we have fewer than {@link #RANDOM_FIRST} pieces (so
 * that we soon have something to trade, and peers starting together do not all want the same
 * piece), otherwise the rarest among connected peers with a random tie-break. Pieces we have or
 * have started are never picked. It counts the pieces still missing (wanted, not had) and those
 * open (missing and not being fetched), so that whether we are done, and in end-game whether any
 * piece is left to start, cost nothing whatever the torrent's size. Owned by the event loop.
 */
public final class PiecePicker {

    static final int RANDOM_FIRST = 4;
    /** Flags of {@link #counted}. */
    private static final int MISSING = 1;
    private static final int OPEN = 2;

    private final int pieceCount;
    private final int[] availability;
    private final byte[] priority;
    private final BitSet had = new BitSet();
    private final BitSet started = new BitSet();
    private final Random random;
    private boolean sequential;
    private int missing;
    private int open;

    public PiecePicker(int pieceCount, Random random) {
        this.pieceCount = pieceCount;
        this.availability = new int[pieceCount];
        this.priority = new byte[pieceCount];
        this.random = random;
        java.util.Arrays.fill(priority, (byte) 1);
        this.missing = pieceCount;
        this.open = pieceCount;
    }

    public void setSequential(boolean value) {
        sequential = value;
    }

    /** Sets a piece's priority: 0 not wanted, 1 normal, 2 high. */
    public void setPriority(int piece, int level) {
        int before = counted(piece);
        priority[piece] = (byte) level;
        recount(piece, before);
    }

    public boolean isWanted(int piece) {
        return priority[piece] > 0;
    }

    public void setHad(BitSet pieces) {
        had.clear();
        had.or(pieces);
        missing = 0;
        open = 0;
        for (int piece = 0; piece < pieceCount; piece++) {
            recount(piece, 0);
        }
    }

    public void had(int piece) {
        int before = counted(piece);
        had.set(piece);
        started.clear(piece);
        recount(piece, before);
    }

    public boolean has(int piece) {
        return had.get(piece);
    }

    /** The piece is being fetched: not picked again until {@link #abandon}ed. */
    public void start(int piece) {
        int before = counted(piece);
        started.set(piece);
        recount(piece, before);
    }

    /** The piece is no longer being fetched (it failed its hash, or its blocks were given up). */
    public void abandon(int piece) {
        int before = counted(piece);
        started.clear(piece);
        recount(piece, before);
    }

    /** Wanted, not had and not being fetched: a piece that can be picked. */
    private boolean isOpen(int piece) {
        return priority[piece] > 0 && !had.get(piece) && !started.get(piece);
    }

    /** In which counts the piece is: {@link #MISSING} and {@link #OPEN} bits. */
    private int counted(int piece) {
        return (priority[piece] > 0 && !had.get(piece) ? MISSING : 0) | (isOpen(piece) ? OPEN : 0);
    }

    /** Moves the piece between the counts after its state changed from {@code before}. */
    private void recount(int piece, int before) {
        int after = counted(piece);
        missing += Integer.compare(after & MISSING, before & MISSING);
        open += Integer.compare(after & OPEN, before & OPEN);
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
        return missing == 0;
    }

    /** Whether a wanted piece nobody fetches is left, from anyone. */
    public boolean hasUnstarted() {
        return open > 0;
    }

    /** The next piece to start from a peer with these pieces, or -1 if it has none we want. */
    public int pick(BitSet peerPieces) {
        if (open == 0) {
            return -1;
        }
        int best = -1;
        int bestPriority = 0;
        int bestAvailability = Integer.MAX_VALUE;
        int ties = 0;
        boolean randomly = had.cardinality() < RANDOM_FIRST;
        for (int piece = peerPieces.nextSetBit(0); piece >= 0; piece = peerPieces.nextSetBit(piece + 1)) {
            if (!isOpen(piece)) {
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
