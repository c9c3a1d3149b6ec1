package minitorrent.bencode;

import static minitorrent.bencode.Inputs.decode;
import static minitorrent.bencode.Inputs.decodeError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** BEP 3 integers: i, digits, e; strict about zeros and signs; 64-bit range without wrapping. */
class IntegerDecodingTest {

    @ParameterizedTest
    @ValueSource(longs = {0, 1, -1, 42, -42, 10, 1_000_000_007L, Long.MAX_VALUE, Long.MIN_VALUE})
    void decodesEveryValueInRange(long value) throws BencodeException {
        assertEquals(new BencodeInteger(value), decode("i" + value + "e").value());
    }

    @ParameterizedTest(name = "{0} -> {2} at byte {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "ie                     | 0 | integer has no digits",
        "i-e                    | 0 | integer has a sign but no digits",
        "i-0e                   | 0 | negative zero integer",
        "i00e                   | 0 | leading zero in integer",
        "i01e                   | 0 | leading zero in integer",
        "i-01e                  | 0 | leading zero in integer",
        "i9223372036854775808e  | 0 | integer does not fit in 64 bits",
        "i-9223372036854775809e | 0 | integer does not fit in 64 bits",
        "i99999999999999999999e | 0 | integer does not fit in 64 bits",
        "i1x                    | 2 | unexpected byte 'x' in integer",
        "i--1e                  | 2 | unexpected byte '-' in integer",
        "i+1e                   | 1 | unexpected byte '+' in integer",
        "i1.5e                  | 2 | unexpected byte '.' in integer",
        "l4:spami1.5ee          | 9 | unexpected byte '.' in integer",
        "i12                    | 3 | unexpected end of input in the integer that starts at byte 0",
        "i                      | 1 | unexpected end of input in the integer that starts at byte 0",
        "li1ei-                 | 6 | unexpected end of input in the integer that starts at byte 4",
    })
    void rejectsMalformedIntegers(String input, long offset, String problem) {
        BencodeException error = decodeError(input);
        assertEquals(problem, error.problem());
        assertEquals(offset, error.offset());
        assertEquals(problem + " at byte " + offset, error.getMessage());
    }

    @ParameterizedTest(name = "{0} -> {2} at byte {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`i 1e`  | 1 | unexpected byte ' ' in integer",
        "`i1 e`  | 2 | unexpected byte ' ' in integer",
        "`i\t1e` | 1 | unexpected byte 0x09 in integer",
        "`i\u00ffe` | 1 | unexpected byte 0xff in integer",
    })
    void rejectsWhitespaceAndOtherBytesInIntegers(String input, long offset, String problem) {
        BencodeException error = decodeError(input);
        assertEquals(problem, error.problem());
        assertEquals(offset, error.offset());
    }
}
