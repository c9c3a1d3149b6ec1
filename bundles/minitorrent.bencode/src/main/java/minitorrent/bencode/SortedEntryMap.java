package minitorrent.bencode;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An unmodifiable map view over a dictionary's sorted key and value arrays: iteration in key
 * order, lookups by binary search, and no copy of the entries.
 */
final class SortedEntryMap extends AbstractMap<BencodeString, BencodeValue> {

    private final BencodeString[] keys;
    private final BencodeValue[] values;

    SortedEntryMap(BencodeString[] keys, BencodeValue[] values) {
        this.keys = keys;
        this.values = values;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof BencodeString string && Arrays.binarySearch(keys, string) >= 0;
    }

    @Override
    public BencodeValue get(Object key) {
        if (key instanceof BencodeString string) {
            int index = Arrays.binarySearch(keys, string);
            return index >= 0 ? values[index] : null;
        }
        return null;
    }

    @Override
    public Set<Map.Entry<BencodeString, BencodeValue>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return keys.length;
            }

            @Override
            public Iterator<Map.Entry<BencodeString, BencodeValue>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Map.Entry<BencodeString, BencodeValue> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<BencodeString, BencodeValue> entry = Map.entry(keys[next], values[next]);
                        next++;
                        return entry;
                    }
                };
            }
        };
    }
}
