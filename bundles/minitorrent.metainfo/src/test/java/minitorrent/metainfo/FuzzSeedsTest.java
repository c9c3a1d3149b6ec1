package minitorrent.metainfo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The committed seed corpus of the fuzz test is what {@link FuzzSeeds} writes, and every seed is
 * a torrent the parser accepts: otherwise the fuzzer would start from inputs that stop early.
 */
class FuzzSeedsTest {

    private static final String CORPUS = "TorrentParserFuzzTestInputs/parse/";

    @TestFactory
    Stream<DynamicTest> everySeedIsCommittedAndValid() {
        return FuzzSeeds.seeds().entrySet().stream().map(seed -> DynamicTest.dynamicTest(seed.getKey(), () -> check(seed)));
    }

    private static void check(Map.Entry<String, byte[]> seed) throws IOException {
        try (InputStream committed = FuzzSeedsTest.class.getResourceAsStream(CORPUS + seed.getKey())) {
            assertNotNull(committed, () -> seed.getKey() + " is not in the corpus: run FuzzSeeds.main (see its Javadoc)");
            assertArrayEquals(seed.getValue(), committed.readAllBytes(), () -> seed.getKey() + " differs from what FuzzSeeds writes");
        }
        Torrent torrent = assertDoesNotThrow(() -> new TorrentParser().parse(seed.getValue()));
        ParserInvariants.check(new TorrentParser(), seed.getValue());
        assertNotNull(torrent.infoHash());
    }
}
