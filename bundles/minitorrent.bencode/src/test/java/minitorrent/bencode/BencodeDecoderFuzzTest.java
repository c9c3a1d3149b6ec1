package minitorrent.bencode;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the decoder with Jazzer, checking {@link DecoderInvariants} (so any
 * exception but BencodeException, an OutOfMemoryError or a failed invariant is a finding, and a
 * hang trips Jazzer's timeout). In a normal test run only the seed corpus in
 * {@code src/test/resources/minitorrent/bencode/BencodeDecoderFuzzTestInputs/decode/} is replayed
 * (regression mode); with {@code JAZZER_FUZZ=1} Jazzer fuzzes for {@code maxDuration} or as long
 * as {@code -Djazzer.max_duration} says (docs/FUZZING.md has the command).
 */
class BencodeDecoderFuzzTest {

    /** Small limits, so that short inputs reach the depth, token and size limits too. */
    private static final BencodeDecoder DECODER = new BencodeDecoder(new DecoderLimits(12, 500, 1 << 16));

    @FuzzTest(maxDuration = "60s")
    void decode(byte[] input) {
        DecoderInvariants.check(DECODER, input);
    }
}
