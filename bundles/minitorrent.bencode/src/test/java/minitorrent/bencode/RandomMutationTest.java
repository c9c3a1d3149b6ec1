package minitorrent.bencode;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

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
                input = mutate(input, random);
            }
            DecoderInvariants.check(decoder, input);
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
