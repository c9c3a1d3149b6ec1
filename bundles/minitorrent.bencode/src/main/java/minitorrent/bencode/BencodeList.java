package minitorrent.bencode;

import java.util.List;

/** A bencoded list ({@code l...e}): an immutable, ordered sequence of values. */
public record BencodeList(List<BencodeValue> values) implements BencodeValue {

    /** Keeps an immutable copy, so the list cannot change after it was made. */
    public BencodeList {
        values = List.copyOf(values);
    }

    /** A list of the given values, in order. */
    public static BencodeList of(BencodeValue... values) {
        return new BencodeList(List.of(values));
    }
}
