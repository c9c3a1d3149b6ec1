package minitorrent.bencode;

import static minitorrent.bencode.Inputs.decode;
import static minitorrent.bencode.Inputs.decodeError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lists, dictionaries and the structure around them: nesting, keys, truncation, trailing bytes. */
class ContainerDecodingTest {

    @Test
    void decodesTheExamplesOfBep3() throws BencodeException {
        assertEquals(BencodeList.of(BencodeString.of("spam"), BencodeString.of("eggs")),
                decode("l4:spam4:eggse").value());
        assertEquals(BencodeDictionary.builder().put("cow", "moo").put("spam", "eggs").build(),
                decode("d3:cow3:moo4:spam4:eggse").value());
        assertEquals(BencodeDictionary.builder()
                .put("spam", BencodeList.of(BencodeString.of("a"), BencodeString.of("b"))).build(),
                decode("d4:spaml1:a1:bee").value());
    }

    @Test
    void decodesEmptyAndNestedContainers() throws BencodeException {
        assertEquals(BencodeList.of(), decode("le").value());
        assertEquals(BencodeDictionary.builder().build(), decode("de").value());
        assertEquals(BencodeList.of(BencodeList.of(BencodeList.of()), BencodeDictionary.builder().build(),
                new BencodeInteger(-3)), decode("llleedei-3ee").value());
        BencodeDictionary outer = (BencodeDictionary) decode("d1:ad1:bd1:ci7eeee").value();
        BencodeDictionary b = (BencodeDictionary) ((BencodeDictionary) outer.get("a").orElseThrow())
                .get("b").orElseThrow();
        assertEquals(new BencodeInteger(7), b.get("c").orElseThrow());
    }

    @Test
    void sortedKeysGiveNoWarning() throws BencodeException {
        // Unsigned byte order: 0xff sorts after 'z', and a prefix before its extensions.
        assertEquals(List.of(), decode("d1:ai1e2:abi2e1:zi3e1:\u00ffi4ee").warnings());
    }

    @Test
    void unsortedKeysAreAcceptedWithAWarningAndSortedInTheValue() throws BencodeException {
        DecodeResult result = decode("d1:b1:x1:a1:ye");
        assertEquals(List.of(new BencodeWarning(7,
                "dictionary key \"a\" comes after \"b\", keys are not sorted at byte 7")), result.warnings());
        BencodeDictionary dictionary = (BencodeDictionary) result.value();
        assertEquals(List.of(BencodeString.of("a"), BencodeString.of("b")), List.copyOf(dictionary.entries().keySet()));
        assertEquals(BencodeString.of("y"), dictionary.get("a").orElseThrow());
        assertEquals(BencodeString.of("x"), dictionary.get("b").orElseThrow());
    }

    @Test
    void signedByteOrderIsNotTheOrder() throws BencodeException {
        // Compared as signed bytes 0xff would come before 'z'; in bencode it comes after.
        DecodeResult result = decode("d1:\u00ffi2e1:zi1ee");
        assertEquals(1, result.warnings().size());
        assertEquals(7, result.warnings().get(0).offset());
    }

    @Test
    void eachUnsortedDictionaryGetsOneWarning() throws BencodeException {
        DecodeResult result = decode("ld1:b0:1:a0:1:c0:ed1:x0:1:w0:ee");
        assertEquals(2, result.warnings().size());
        assertEquals(7, result.warnings().get(0).offset());
        assertEquals(24, result.warnings().get(1).offset());
    }

    @Test
    void warningsStopGrowingPastTheirLimitButAreCounted() throws BencodeException {
        int dictionaries = DecodingRun.MAX_WARNINGS + 50;
        DecodeResult result = decode("l" + "d1:b0:1:a0:e".repeat(dictionaries) + "e");
        assertEquals(DecodingRun.MAX_WARNINGS + 1, result.warnings().size());
        BencodeWarning last = result.warnings().get(DecodingRun.MAX_WARNINGS);
        assertTrue(last.message().startsWith("50 more warnings not listed"), last.message());
    }

    @Test
    void rejectsControlBytesWhereAValueShouldStart() {
        // Not in the table below: the CSV source trims control characters.
        BencodeException error = decodeError("l\u0000e");
        assertEquals("unexpected byte 0x00 where a value should start", error.problem());
        assertEquals(1, error.offset());
    }

    @ParameterizedTest(name = "{0} -> {2} at byte {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "``                   | 0 | empty input",
        "e                    | 0 | unexpected 'e' where a value should start",
        "x                    | 0 | unexpected byte 'x' where a value should start",
        "l                    | 1 | unexpected end of input inside the list that starts at byte 0",
        "d                    | 1 | unexpected end of input inside the dictionary that starts at byte 0",
        "li1e                 | 4 | unexpected end of input inside the list that starts at byte 0",
        "d1:a                 | 4 | unexpected end of input inside the dictionary that starts at byte 0",
        "d1:ai1e              | 7 | unexpected end of input inside the dictionary that starts at byte 0",
        "li1eli2e             | 8 | unexpected end of input inside the list that starts at byte 4",
        "di1ei2ee             | 1 | dictionary key must be a byte string, found 'i'",
        "dlei1ee              | 1 | dictionary key must be a byte string, found 'l'",
        "dde                  | 1 | dictionary key must be a byte string, found 'd'",
        "d1:ai1ei2ei3ee       | 7 | dictionary key must be a byte string, found 'i'",
        "d1:ae                | 4 | dictionary key \"a\" has no value",
        "d1:ai1e1:be          | 10 | dictionary key \"b\" has no value",
        "lxe                  | 1 | unexpected byte 'x' where a value should start",
        "i1ei2e               | 3 | trailing bytes after the top-level value",
        "4:spamx              | 6 | trailing bytes after the top-level value",
        "`le `                | 2 | trailing bytes after the top-level value",
        "lee                  | 2 | trailing bytes after the top-level value",
        "d1:a1:x1:a1:ye       | 7 | duplicate dictionary key \"a\"",
        "d1:b1:x1:a1:y1:b1:ze | 13 | duplicate dictionary key \"b\"",
        "d1:b1:x1:a1:y1:a1:ze | 13 | duplicate dictionary key \"a\"",
        "ld1:ai1e1:ai2eee     | 8 | duplicate dictionary key \"a\"",
    })
    void rejectsMalformedStructure(String input, long offset, String problem) {
        BencodeException error = decodeError(input);
        assertEquals(problem, error.problem());
        assertEquals(offset, error.offset());
    }
}
