package minitorrent.metainfo;

import java.security.MessageDigest;
import java.util.Arrays;

/** The SHA-1 of each piece, in order, as the info dictionary's 'pieces' string holds them. Immutable. */
public final class PieceHashes {

    /** Length of one piece hash. */
    public static final int HASH_LENGTH = 20;

    private final byte[] concatenated;

    private PieceHashes(byte[] concatenated) {
        this.concatenated = concatenated;
    }

    /** Wraps a copy of 20 bytes per piece. */
    public static PieceHashes of(byte[] concatenated) {
        if (concatenated.length % HASH_LENGTH != 0) {
            throw new IllegalArgumentException("piece hashes take 20 bytes each, not " + concatenated.length + " in all");
        }
        return new PieceHashes(concatenated.clone());
    }

    public int count() {
        return concatenated.length / HASH_LENGTH;
    }

    /** A copy of the hash of piece {@code index}. */
    public byte[] hash(int index) {
        return Arrays.copyOfRange(concatenated, offsetOf(index), offsetOf(index) + HASH_LENGTH);
    }

    /** Whether this digest, just computed over the piece's bytes, is the piece's hash. */
    public boolean matches(int index, byte[] digest) {
        int from = offsetOf(index);
        return digest.length == HASH_LENGTH && MessageDigest.isEqual(Arrays.copyOfRange(concatenated, from, from + HASH_LENGTH), digest);
    }

    /** All hashes concatenated, as written into a torrent. */
    public byte[] concatenated() {
        return concatenated.clone();
    }

    private int offsetOf(int index) {
        if (index < 0 || index >= count()) {
            throw new IndexOutOfBoundsException("piece " + index + " of " + count());
        }
        return index * HASH_LENGTH;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PieceHashes that && Arrays.equals(concatenated, that.concatenated);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(concatenated);
    }
}
