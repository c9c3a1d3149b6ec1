package minitorrent.protocol;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A bounded, seeded complement of the Jazzer fuzz test that explores in every build: streams of
 * valid messages with bytes changed, inserted, removed or cut off, fed in random chunk sizes, must
 * keep {@link DecoderInvariants}.
 */
class RandomMutationTest {

    private static final int INPUTS = 20_000;
    /** Bytes that matter to the decoder: small lengths and ids, a spare bit, 0x40 of 16 KiB, 0xff. */
    private static final byte[] INTERESTING = {0, 1, 4, 5, 6, 7, 9, 13, 14, 20, 21, 0x10, 0x40, (byte) 0x80, (byte) 0xff};

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void mutatedStreamsAreRejectedOrDecodeToWhatIsOnTheWire() {
        Random random = new Random(20_240_505);
        List<PeerMessage> all = Messages.oneOfEach();
        for (int i = 0; i < INPUTS; i++) {
            List<PeerMessage> messages = new ArrayList<>();
            for (int count = 1 + random.nextInt(4); count > 0; count--) {
                messages.add(all.get(random.nextInt(all.size())));
            }
            byte[] stream = Messages.encodeAll(messages);
            for (int mutations = 1 + random.nextInt(3); mutations > 0 && stream.length > 0; mutations--) {
                stream = mutate(stream, random);
            }
            byte[] input = ByteBuffer.allocate(1 + stream.length).put((byte) random.nextInt()).put(stream).array();
            DecoderInvariants.check(input);
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
