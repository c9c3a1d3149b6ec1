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
 * torrents written by {@link FuzzSeeds}) is replayed. To fuzz, from the repository root:
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -B -o verify -pl bundles/minitorrent.metainfo -am \
 *     -Dtest=TorrentParserFuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration=10m
 * </pre>
 * Findings land in that inputs folder as {@code crash-*} files (replayed from then on); the inputs
 * Jazzer grows stay in the bundle's {@code .cifuzz-corpus/}, which git ignores.
 */
class TorrentParserFuzzTest {

    /** Small limits, so that short inputs reach the depth, token and size limits too. */
    private static final TorrentParser PARSER = new TorrentParser(new DecoderLimits(12, 5_000, 1 << 16));

    @FuzzTest(maxDuration = "60s")
    void parse(byte[] input) {
        ParserInvariants.check(PARSER, input);
    }
}
