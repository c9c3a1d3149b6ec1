package minitorrent.protocol;

/**
 * A block of a piece as REQUEST, CANCEL and PIECE messages name it: piece index, byte offset in
 * the piece, length (BEP 3). The engine keeps its outstanding requests as these.
 *
 * @param piece  the piece index, 0 or more
 * @param offset the byte offset of the block in the piece, 0 or more
 * @param length the block's length, 1 to {@link #MAX_LENGTH}
 */
public record BlockRange(int piece, int offset, int length) {

    /**
     * The largest block we request or serve: 16 KiB, what every current client requests. A
     * REQUEST for more is refused as a protocol error, and since we never ask for more, a PIECE
     * carrying more cannot be an answer to us either; libtorrent would accept up to 128 KiB.
     */
    public static final int MAX_LENGTH = 16 * 1024;

    public BlockRange {
        if (piece < 0 || offset < 0 || length < 1 || length > MAX_LENGTH) {
            throw new IllegalArgumentException("a block needs a piece index and offset of 0 or more and a length of 1 to "
                    + MAX_LENGTH + ": piece " + piece + ", offset " + offset + ", length " + length);
        }
    }
}
