package minitorrent.bencode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Lists and dictionaries as values: immutable, sorted, looked up by key, equal by content. */
class BencodeContainerValuesTest {

    @Test
    void listKeepsAnImmutableCopy() {
        List<BencodeValue> source = new ArrayList<>(List.of(new BencodeInteger(1)));
        BencodeList list = new BencodeList(source);
        source.add(new BencodeInteger(2));
        assertEquals(1, list.values().size());
        assertThrows(UnsupportedOperationException.class, () -> list.values().add(new BencodeInteger(3)));
    }

    @Test
    void builderSortsKeysAndKeepsTheLastValueOfAKey() {
        BencodeDictionary dictionary = BencodeDictionary.builder()
                .put("zebra", 1)
                .put("apple", "red")
                .put("mango", BencodeList.of())
                .put("apple", "green")
                .build();
        assertEquals(List.of(BencodeString.of("apple"), BencodeString.of("mango"), BencodeString.of("zebra")),
                List.copyOf(dictionary.entries().keySet()));
        assertEquals(Optional.of(BencodeString.of("green")), dictionary.get("apple"));
        assertEquals(Optional.of(new BencodeInteger(1)), dictionary.get("zebra"));
        assertEquals(3, dictionary.size());
    }

    @Test
    void getFindsKeysByTextOrBytes() {
        BencodeDictionary dictionary = BencodeDictionary.builder()
                .put("n\u00e4me", "x")
                .put(BencodeString.of(new byte[] {(byte) 0xff}), new BencodeInteger(2))
                .build();
        assertEquals(Optional.of(BencodeString.of("x")), dictionary.get("n\u00e4me"));
        assertEquals(Optional.of(BencodeString.of("x")),
                dictionary.get(BencodeString.of("n\u00e4me".getBytes(StandardCharsets.UTF_8))));
        assertEquals(Optional.of(new BencodeInteger(2)), dictionary.get(BencodeString.of(new byte[] {(byte) 0xff})));
        assertEquals(Optional.empty(), dictionary.get("name"));
        assertEquals(Optional.empty(), dictionary.get(""));
    }

    @Test
    void entriesAreAnUnmodifiableSortedMap() {
        BencodeDictionary dictionary = BencodeDictionary.builder().put("b", 2).put("a", 1).build();
        Map<BencodeString, BencodeValue> entries = dictionary.entries();
        assertEquals(Map.of(BencodeString.of("a"), new BencodeInteger(1), BencodeString.of("b"), new BencodeInteger(2)),
                entries);
        assertEquals(new BencodeInteger(2), entries.get(BencodeString.of("b")));
        assertTrue(entries.containsKey(BencodeString.of("a")));
        assertFalse(entries.containsKey("a"), "keys are byte strings, not text");
        assertEquals(List.of(BencodeString.of("a"), BencodeString.of("b")), List.copyOf(entries.keySet()));
        assertThrows(UnsupportedOperationException.class, () -> entries.put(BencodeString.of("c"), BencodeList.of()));
        assertThrows(UnsupportedOperationException.class, () -> entries.remove(BencodeString.of("a")));
        assertThrows(UnsupportedOperationException.class, () -> entries.entrySet().iterator().next().setValue(null));
    }

    @Test
    void decodedDictionaryEqualsTheBuiltOneWhereverItCameFrom() throws BencodeException {
        BencodeDictionary built = BencodeDictionary.builder().put("a", "y").put("b", "x").build();
        BencodeDictionary decoded = (BencodeDictionary) new BencodeDecoder().decode(
                "d1:b1:x1:a1:ye".getBytes(StandardCharsets.US_ASCII)).value();
        assertEquals(built, decoded);
        assertEquals(built.hashCode(), decoded.hashCode());
        assertFalse(built.equals(BencodeDictionary.builder().put("a", "y").build()));
    }
}
