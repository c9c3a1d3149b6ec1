package minitorrent.bencode;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A bencoded dictionary ({@code d...e}): byte-string keys mapped to values, kept sorted by the raw
 * unsigned bytes of the keys (BEP 3). Immutable.
 *
 * <p>A dictionary that came from the {@link BencodeDecoder} also remembers the exact bytes it was
 * decoded from ({@link #source()}), so the info hash can be taken over the original bytes even when
 * they were not canonical. Equality is by entries only; where a dictionary came from does not
 * matter to it.
 */
public final class BencodeDictionary implements BencodeValue {

    private final BencodeString[] keys;
    private final BencodeValue[] values;
    /** The decoder's private copy of the input, or null for a dictionary that was built. */
    private final byte[] sourceInput;
    private final int sourceOffset;
    private final int sourceLength;

    /** Takes ownership of the arrays; keys must be sorted and distinct. */
    BencodeDictionary(BencodeString[] keys, BencodeValue[] values, byte[] sourceInput, int sourceOffset,
            int sourceLength) {
        this.keys = keys;
        this.values = values;
        this.sourceInput = sourceInput;
        this.sourceOffset = sourceOffset;
        this.sourceLength = sourceLength;
    }

    /** A builder for a dictionary made by a program (e.g. a new torrent's info dictionary). */
    public static Builder builder() {
        return new Builder();
    }

    /** The value stored under the key given as text (UTF-8), if any. */
    public Optional<BencodeValue> get(String key) {
        return get(BencodeString.of(key));
    }

    /** The value stored under the key, if any. */
    public Optional<BencodeValue> get(BencodeString key) {
        int index = Arrays.binarySearch(keys, key);
        return index >= 0 ? Optional.of(values[index]) : Optional.empty();
    }

    /** The number of entries. */
    public int size() {
        return keys.length;
    }

    /** The key of the entry at the index in key order, for the encoder. */
    BencodeString keyAt(int index) {
        return keys[index];
    }

    /** The value of the entry at the index in key order, for the encoder. */
    BencodeValue valueAt(int index) {
        return values[index];
    }

    /** The entries, sorted by key bytes; unmodifiable. */
    public Map<BencodeString, BencodeValue> entries() {
        return new SortedEntryMap(keys, values);
    }

    /** The original bytes this dictionary was decoded from, or empty when it was built. */
    public Optional<ByteSpan> source() {
        return sourceInput == null ? Optional.empty()
                : Optional.of(new ByteSpan(sourceInput, sourceOffset, sourceLength));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof BencodeDictionary other && Arrays.equals(keys, other.keys)
                && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(keys) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return entries().toString();
    }

    /** Collects entries for a new dictionary; a key put twice keeps the last value. Not thread-safe. */
    public static final class Builder {

        private final TreeMap<BencodeString, BencodeValue> entries = new TreeMap<>();

        private Builder() {
        }

        /** Puts a value under a key. */
        public Builder put(BencodeString key, BencodeValue value) {
            entries.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Puts a value under a key given as text (UTF-8). */
        public Builder put(String key, BencodeValue value) {
            return put(BencodeString.of(key), value);
        }

        /** Puts a text value (UTF-8) under a key. */
        public Builder put(String key, String value) {
            return put(BencodeString.of(key), BencodeString.of(value));
        }

        /** Puts an integer under a key. */
        public Builder put(String key, long value) {
            return put(BencodeString.of(key), new BencodeInteger(value));
        }

        /** The dictionary holding the entries put so far. */
        public BencodeDictionary build() {
            return new BencodeDictionary(entries.keySet().toArray(BencodeString[]::new),
                    entries.values().toArray(BencodeValue[]::new), null, 0, 0);
        }
    }
}
