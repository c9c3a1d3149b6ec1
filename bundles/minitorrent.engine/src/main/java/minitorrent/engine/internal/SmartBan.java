package minitorrent.engine.internal;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import minitorrent.metainfo.PieceHashes;
import minitorrent.metainfo.Sha1;
import minitorrent.storage.PieceLayout;

/**
 * Finds the peer that spoiled a piece several peers sent, which a piece hash alone cannot name.
 * The blocks of such a failed piece are remembered by sender and SHA-1; when the piece later
 * passes its hash, every sender of a block that differs from the good one sent corrupt data. A
 * shared piece that failed and has not passed since is suspect: its retry goes to one peer. What
 * is remembered is bounded ({@link #MAX_REMEMBERED_BLOCKS}); the oldest pieces are forgotten
 * first. Owned by the event loop; {@link #blockDigests} runs on a disk thread.
 */
public final class SmartBan {

    /** About 0.7 MiB of senders and digests: 256 failed pieces of 1 MiB. */
    static final int MAX_REMEMBERED_BLOCKS = 16_384;
    private static final int DIGEST_LENGTH = PieceHashes.HASH_LENGTH;

    /** One failed try of a piece: who sent each block, and the SHA-1 of what they sent, end to end. */
    private record FailedTry(PeerKey[] senders, byte[] digests) {
    }

    private final Map<Integer, List<FailedTry>> failedTries = new LinkedHashMap<>();
    private int rememberedBlocks;

    /** The SHA-1 of each 16 KiB block of the piece, concatenated; reads the buffer's remaining bytes without moving it. */
    public static byte[] blockDigests(ByteBuffer piece) {
        ByteBuffer bytes = piece.duplicate();
        int end = bytes.limit();
        int blocks = (bytes.remaining() + PieceLayout.BLOCK_SIZE - 1) / PieceLayout.BLOCK_SIZE;
        byte[] digests = new byte[blocks * DIGEST_LENGTH];
        MessageDigest sha1 = Sha1.newDigest();
        for (int block = 0; block < blocks; block++) {
            bytes.limit(Math.min(end, bytes.position() + PieceLayout.BLOCK_SIZE));
            sha1.update(bytes);
            System.arraycopy(sha1.digest(), 0, digests, block * DIGEST_LENGTH, DIGEST_LENGTH);
        }
        return digests;
    }

    /**
     * A piece that several peers sent failed its hash: {@code senders[i]} sent block {@code i}.
     * Both arrays are kept as they are, so the caller hands over copies of its own.
     */
    public void failed(int piece, PeerKey[] senders, byte[] digests) {
        if (senders.length * DIGEST_LENGTH != digests.length) {
            throw new IllegalArgumentException(senders.length + " senders for " + digests.length / DIGEST_LENGTH + " block digests");
        }
        failedTries.computeIfAbsent(piece, p -> new ArrayList<>()).add(new FailedTry(senders, digests));
        rememberedBlocks += senders.length;
        Iterator<List<FailedTry>> oldest = failedTries.values().iterator();
        while (rememberedBlocks > MAX_REMEMBERED_BLOCKS && oldest.hasNext()) {
            oldest.next().forEach(forgotten -> rememberedBlocks -= forgotten.senders().length);
            oldest.remove();
        }
    }

    /** Whether the piece failed with several senders and has not passed since. */
    public boolean isSuspect(int piece) {
        return failedTries.containsKey(piece);
    }

    /** The piece passed with these block digests: forgets it, and names the peers that had sent any block unlike these. */
    public Set<PeerKey> passed(int piece, byte[] digests) {
        List<FailedTry> tries = failedTries.remove(piece);
        Set<PeerKey> spoilers = new HashSet<>();
        if (tries == null) {
            return spoilers;
        }
        for (FailedTry failed : tries) {
            rememberedBlocks -= failed.senders().length;
            for (int block = 0; block < failed.senders().length; block++) {
                int from = block * DIGEST_LENGTH;
                if (!Arrays.equals(failed.digests(), from, from + DIGEST_LENGTH, digests, from, from + DIGEST_LENGTH)) {
                    spoilers.add(failed.senders()[block]);
                }
            }
        }
        return spoilers;
    }
}
