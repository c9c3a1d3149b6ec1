package minitorrent.protocol;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import minitorrent.testing.ByteMutations;

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
                stream = ByteMutations.mutate(stream, random, INTERESTING);
            }
            byte[] input = ByteBuffer.allocate(1 + stream.length).put((byte) random.nextInt()).put(stream).array();
            DecoderInvariants.check(input);
        }
    }
}
