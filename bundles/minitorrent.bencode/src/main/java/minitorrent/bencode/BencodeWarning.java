package minitorrent.bencode;

/**
 * Something the decoder accepted although it is not canonical bencode, such as dictionary keys out
 * of order. Real torrents contain such things; the caller decides whether to care.
 *
 * @param offset  the byte offset in the input where the problem was seen
 * @param message what is not canonical, including "at byte N"
 */
public record BencodeWarning(long offset, String message) {
}
