package minitorrent.bencode;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the decoder with Jazzer, checking {@link DecoderInvariants} (so any
 * exception but BencodeException, an OutOfMemoryError or a failed invariant is a finding, and a
 * hang trips Jazzer's timeout). In a normal test run only the seed corpus in
 * {@code src/test/resources/minitorrent/bencode/BencodeDecoderFuzzTestInputs/decode/} is replayed
 * (regression mode); with {@code JAZZER_FUZZ=1} Jazzer fuzzes for {@code maxDuration}, and
 * fuzz-decoder.sh fuzzes the same target for any duration (the bundle's README.md has the commands).
 */
public class BencodeDecoderFuzzTest {

    /** Small limits, so that short inputs reach the depth, token and size limits too. */
    private static final BencodeDecoder DECODER = new BencodeDecoder(new DecoderLimits(12, 500, 1 << 16));

    @FuzzTest(maxDuration = "5m")
    void decode(byte[] input) {
        DecoderInvariants.check(DECODER, input);
    }

    /** The entry point of Jazzer's own driver, which fuzz-decoder.sh runs for any duration. */
    public static void fuzzerTestOneInput(byte[] input) {
        DecoderInvariants.check(DECODER, input);
    }
}
