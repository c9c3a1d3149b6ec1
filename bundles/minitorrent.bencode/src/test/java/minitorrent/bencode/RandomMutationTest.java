package minitorrent.bencode;

import java.util.Random;
import org.junit.jupiter.api.Test;

import minitorrent.testing.ByteMutations;

/**
 * A bounded, seeded complement of the Jazzer fuzz test that runs in every build: valid encodings
 * with random bytes flipped, inserted, removed or truncated must keep {@link DecoderInvariants}.
 */
class RandomMutationTest {

    private static final int INPUTS = 30_000;
    private static final byte[] INTERESTING = "ilde:-0123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Test
    void mutatedEncodingsAreRejectedOrRoundTrip() {
        RandomValues values = new RandomValues(424_242);
        Random random = values.random();
        BencodeDecoder decoder = new BencodeDecoder(new DecoderLimits(6, 200, 1 << 14));
        for (int i = 0; i < INPUTS; i++) {
            byte[] input = BencodeEncoder.encode(values.value(4));
            for (int mutations = 1 + random.nextInt(3); mutations > 0 && input.length > 0; mutations--) {
                input = ByteMutations.mutate(input, random, INTERESTING);
            }
            DecoderInvariants.check(decoder, input);
        }
    }
}
