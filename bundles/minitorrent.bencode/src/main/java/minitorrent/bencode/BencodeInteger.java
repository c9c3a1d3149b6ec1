package minitorrent.bencode;

/** A bencoded integer ({@code i42e}): a signed 64-bit value, the range every BitTorrent client accepts. */
public record BencodeInteger(long value) implements BencodeValue {
}
