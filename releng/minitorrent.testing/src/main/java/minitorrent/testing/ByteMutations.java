package minitorrent.testing;

import java.util.Arrays;
import java.util.Random;

/**
 * Small random damage to valid input, for the seeded mutation tests that complement the fuzz
 * tests in every build: a byte changed, inserted or removed, or the input cut off.
 */
public final class ByteMutations {

    private ByteMutations() {
    }

    /**
     * One mutation at a random place of a non-empty input. A new byte is half the time one of
     * {@code interesting} (the format's own characters, which get a parser further), else any byte.
     */
    public static byte[] mutate(byte[] input, Random random, byte[] interesting) {
        int at = random.nextInt(input.length);
        byte b = random.nextBoolean() ? interesting[random.nextInt(interesting.length)] : (byte) random.nextInt();
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
