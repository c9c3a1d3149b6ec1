package minitorrent.bencode;

/** A bencoded integer: a signed 64-bit value. */
public record BencodeInteger(long value) {
}
