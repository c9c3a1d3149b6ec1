package minitorrent.metainfo;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import minitorrent.bencode.DecoderLimits;
import org.junit.jupiter.api.Test;

/**
 * A bounded, seeded complement of the Jazzer fuzz test that runs in every build: the seed
 * torrents with random bytes changed, inserted, removed or cut off must keep {@link ParserInvariants}.
 */
class RandomMutationTest {

    private static final int INPUTS = 20_000;
    private static final byte[] INTERESTING = "ilde:-0123456789./\\".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Test
    void mutatedTorrentsAreRefusedOrSafe() {
        Random random = new Random(8_675_309);
        List<byte[]> seeds = List.copyOf(FuzzSeeds.seeds().values());
        TorrentParser parser = new TorrentParser(new DecoderLimits(12, 5_000, 1 << 16));
        for (int i = 0; i < INPUTS; i++) {
            byte[] input = seeds.get(random.nextInt(seeds.size()));
            for (int mutations = 1 + random.nextInt(4); mutations > 0 && input.length > 0; mutations--) {
                input = mutate(input, random);
            }
            ParserInvariants.check(parser, input);
        }
    }

    private static byte[] mutate(byte[] input, Random random) {
        int at = random.nextInt(input.length);
        byte b = random.nextBoolean() ? INTERESTING[random.nextInt(INTERESTING.length)] : (byte) random.nextInt();
        return switch (random.nextInt(4)) {
            case 0 -> {
                byte[] copy = input.clone();
                copy[at] = b;
                yield copy;
            }
            case 1 -> {
                byte[] longer = new byte[input.length + 1];
                System.arraycopy(input, 0, longer, 0, at);
                longer[at] = b;
                System.arraycopy(input, at, longer, at + 1, input.length - at);
                yield longer;
            }
            case 2 -> {
                byte[] shorter = new byte[input.length - 1];
                System.arraycopy(input, 0, shorter, 0, at);
                System.arraycopy(input, at + 1, shorter, at, input.length - at - 1);
                yield shorter;
            }
            default -> Arrays.copyOf(input, at);
        };
    }
}
