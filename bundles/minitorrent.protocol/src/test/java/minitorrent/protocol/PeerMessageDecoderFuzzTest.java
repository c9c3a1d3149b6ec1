package minitorrent.protocol;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the message decoder with Jazzer, checking {@link DecoderInvariants}:
 * any exception but {@link PeerProtocolException}, an OutOfMemoryError, a failed invariant or a
 * hang (Jazzer's timeout) is a finding. In a normal test run only the seeds in
 * {@code src/test/resources/minitorrent/protocol/PeerMessageDecoderFuzzTestInputs/decode/} run
 * (regression mode): a chunk size byte followed by our encoder's output for streams of valid
 * messages, and a few malformed ones. To fuzz for real, from the worktree's root:
 *
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -B -o verify -pl bundles/minitorrent.protocol -am \
 *     -Dtest=PeerMessageDecoderFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * which runs for {@code maxDuration}; add {@code -Djazzer.max_duration=10m} for longer. Findings
 * are written next to the seeds, where they become regression inputs.
 */
class PeerMessageDecoderFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void decode(byte[] input) {
        DecoderInvariants.check(input);
    }
}
