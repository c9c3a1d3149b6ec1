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
 * which fuzzes for {@code maxDuration}, 5 minutes (Jazzer 0.24's JUnit route takes the duration
 * from the annotation only). For any other duration,
 * {@code releng/fuzz.sh minitorrent.protocol minitorrent.protocol.PeerMessageDecoderFuzzTest SECONDS}
 * runs Jazzer's own driver on {@link #fuzzerTestOneInput}. A finding is written as a crash
 * file; moved next to the seeds it becomes a regression input.
 */
public class PeerMessageDecoderFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void decode(byte[] input) {
        DecoderInvariants.check(input);
    }

    /** The entry point of Jazzer's own driver, which {@code releng/fuzz.sh} runs for any duration. */
    public static void fuzzerTestOneInput(byte[] input) {
        DecoderInvariants.check(input);
    }
}
