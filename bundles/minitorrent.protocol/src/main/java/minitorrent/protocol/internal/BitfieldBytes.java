package minitorrent.protocol.internal;

import java.util.BitSet;

/**
 * Converts between a set of piece indexes and the bytes of a BITFIELD message, where the high
 * bit of the first byte is piece 0 (BEP 3) — the opposite of {@link BitSet#valueOf(byte[])}.
 */
public final class BitfieldBytes {

    private BitfieldBytes() {
    }

    /** The number of bytes a bitfield for this many pieces has: one bit a piece, rounded up. */
    public static int length(int pieceCount) {
        return (pieceCount + 7) / 8;
    }

    /** The pieces whose bits are set in {@code length} bytes of {@code bytes} starting at {@code offset}. */
    public static BitSet toPieces(byte[] bytes, int offset, int length) {
        BitSet pieces = new BitSet(length * 8);
        for (int i = 0; i < length; i++) {
            int b = bytes[offset + i] & 0xff;
            for (int bit = 0; bit < 8; bit++) {
                if ((b & (0x80 >>> bit)) != 0) {
                    pieces.set(i * 8 + bit);
                }
            }
        }
        return pieces;
    }

    /** The bitfield bytes for these pieces, in an array of {@link #length(int)} bytes. */
    public static byte[] toBytes(BitSet pieces, int pieceCount) {
        byte[] bytes = new byte[length(pieceCount)];
        for (int piece = pieces.nextSetBit(0); piece >= 0; piece = pieces.nextSetBit(piece + 1)) {
            bytes[piece / 8] |= (byte) (0x80 >>> (piece % 8));
        }
        return bytes;
    }
}
