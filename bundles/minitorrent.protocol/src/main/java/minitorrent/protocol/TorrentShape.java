package minitorrent.protocol;

/**
 * What the message decoder must know of a torrent to check a peer's messages: how many pieces it
 * has and how long they are (all pieces have {@code pieceLength} bytes except the last). Bitfield
 * sizes, piece indexes and block ends are checked against it.
 *
 * @param pieceCount      the number of pieces, at least 1
 * @param pieceLength     the length of every piece but the last, at least 1
 * @param lastPieceLength the length of the last piece, 1 to {@code pieceLength}
 */
public record TorrentShape(int pieceCount, int pieceLength, int lastPieceLength) {

    public TorrentShape {
        if (pieceCount < 1 || pieceLength < 1 || lastPieceLength < 1 || lastPieceLength > pieceLength) {
            throw new IllegalArgumentException("a torrent needs at least one piece of positive length and a last piece"
                    + " no longer than the others: " + pieceCount + " pieces of " + pieceLength
                    + " bytes, the last of " + lastPieceLength);
        }
    }

    /** The shape of a torrent of {@code totalLength} bytes cut into pieces of {@code pieceLength} bytes. */
    public static TorrentShape of(long totalLength, int pieceLength) {
        if (totalLength < 1 || pieceLength < 1) {
            throw new IllegalArgumentException("total length and piece length must be positive: " + totalLength
                    + " bytes in pieces of " + pieceLength);
        }
        long pieceCount = (totalLength + pieceLength - 1) / pieceLength;
        if (pieceCount > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(totalLength + " bytes in pieces of " + pieceLength
                    + " make more pieces than a bitfield can count");
        }
        int lastPieceLength = (int) (totalLength - (pieceCount - 1) * pieceLength);
        return new TorrentShape((int) pieceCount, pieceLength, lastPieceLength);
    }

    /** The length of the piece with this index, which must be in range. */
    public int lengthOf(int piece) {
        if (piece < 0 || piece >= pieceCount) {
            throw new IndexOutOfBoundsException("piece " + piece + " of " + pieceCount);
        }
        return piece == pieceCount - 1 ? lastPieceLength : pieceLength;
    }
}
