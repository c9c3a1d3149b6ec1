package minitorrent.metainfo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import minitorrent.bencode.DecoderLimits;
import org.junit.jupiter.api.Test;

import minitorrent.testing.ByteMutations;

/**
 * A bounded, seeded complement of the Jazzer fuzz test that runs in every build: the seed
 * torrents with random bytes changed, inserted, removed or cut off must keep {@link ParserInvariants}.
 */
class RandomMutationTest {

    private static final int INPUTS = 20_000;
    private static final byte[] INTERESTING = "ilde:-0123456789./\\".getBytes(StandardCharsets.US_ASCII);

    @Test
    void mutatedTorrentsAreRefusedOrSafe() {
        Random random = new Random(8_675_309);
        List<byte[]> seeds = List.copyOf(FuzzSeeds.seeds().values());
        TorrentParser parser = new TorrentParser(new DecoderLimits(12, 5_000, 1 << 16));
        for (int i = 0; i < INPUTS; i++) {
            byte[] input = seeds.get(random.nextInt(seeds.size()));
            for (int mutations = 1 + random.nextInt(4); mutations > 0 && input.length > 0; mutations--) {
                input = ByteMutations.mutate(input, random, INTERESTING);
            }
            ParserInvariants.check(parser, input);
        }
    }
}
