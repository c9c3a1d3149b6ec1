package minitorrent.bencode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What must hold for any input whatsoever, shared by the fuzz test and the random mutation test:
 * the decoder rejects with a {@link BencodeException} at an offset inside the input, or it
 * accepts, and then the value re-encodes to bytes that decode to an equal value; input accepted
 * without warnings was canonical, so it equals its re-encoding byte for byte; a top-level
 * dictionary's source is the whole input. Any other throwable escapes and fails the caller.
 */
final class DecoderInvariants {

    private DecoderInvariants() {
    }

    static void check(BencodeDecoder decoder, byte[] input) {
        DecodeResult result;
        try {
            result = decoder.decode(input);
        } catch (BencodeException e) {
            assertTrue(e.offset() >= 0 && e.offset() <= input.length, () -> "offset outside the input: " + e);
            return;
        }
        byte[] encoded = BencodeEncoder.encode(result.value());
        try {
            assertEquals(result.value(), decoder.decode(encoded).value());
        } catch (BencodeException e) {
            throw new AssertionError("re-encoding of an accepted input was rejected", e);
        }
        if (result.warnings().isEmpty()) {
            assertArrayEquals(input, encoded, "input without warnings is canonical");
        }
        if (result.value() instanceof BencodeDictionary dictionary) {
            assertArrayEquals(input, dictionary.source().orElseThrow().toByteArray());
        }
    }
}
