package minitorrent.metainfo;

import com.code_intelligence.jazzer.junit.FuzzTest;
import minitorrent.bencode.DecoderLimits;

/**
 * Coverage-guided fuzzing of the parser with Jazzer, checking {@link ParserInvariants}: parsing
 * either returns a torrent whose files all stay inside the download folder, or refuses with an
 * InvalidTorrentException; any other exception, an OutOfMemoryError or a failed invariant is a
 * finding, and a hang trips Jazzer's timeout.
 *
 * <p>In a normal test run only the seed corpus in
 * {@code src/test/resources/minitorrent/metainfo/TorrentParserFuzzTestInputs/parse/} (valid small
 * torrents written by {@link FuzzSeeds}) is replayed. To fuzz for real, from the worktree's root:
 *
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -B -o verify -pl bundles/minitorrent.metainfo -am \
 *     -Dtest=TorrentParserFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * which fuzzes for {@code maxDuration}, 5 minutes (Jazzer 0.24's JUnit route takes the duration
 * from the annotation only). For any other duration,
 * {@code releng/fuzz.sh minitorrent.metainfo minitorrent.metainfo.TorrentParserFuzzTest SECONDS}
 * runs Jazzer's own driver on {@link #fuzzerTestOneInput}; give it {@code JAVA_TOOL_OPTIONS=-Xmx1g},
 * since the JVM's heap otherwise grows past the script's {@code -rss_limit_mb=2048} within a minute
 * and libFuzzer reports that as out-of-memory (with 1 GiB, RSS stays at ~0.9 GB for hours' worth
 * of inputs). A finding is written as a crash file; moved next to the seeds it becomes a
 * regression input.
 */
public class TorrentParserFuzzTest {

    /** Small limits, so that short inputs reach the depth, token and size limits too. */
    private static final TorrentParser PARSER = new TorrentParser(new DecoderLimits(12, 5_000, 1 << 16));

    @FuzzTest(maxDuration = "5m")
    void parse(byte[] input) {
        ParserInvariants.check(PARSER, input);
    }

    /** The entry point of Jazzer's own driver, which {@code releng/fuzz.sh} runs for any duration. */
    public static void fuzzerTestOneInput(byte[] input) {
        ParserInvariants.check(PARSER, input);
    }
}
