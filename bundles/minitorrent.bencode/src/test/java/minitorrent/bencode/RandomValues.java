package minitorrent.bencode;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random bencode values from a seed, for round-trip and mutation tests (reproducible by seed). */
final class RandomValues {

    private static final long[] EDGE_INTEGERS = {0, 1, -1, 9, 10, -10, Integer.MAX_VALUE, Integer.MIN_VALUE,
        Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1};

    private final Random random;

    RandomValues(long seed) {
        random = new Random(seed);
    }

    Random random() {
        return random;
    }

    /** A value nested at most {@code depth} containers deep. */
    BencodeValue value(int depth) {
        return switch (random.nextInt(depth > 0 ? 4 : 2)) {
            case 0 -> new BencodeInteger(integer());
            case 1 -> string();
            case 2 -> list(depth);
            default -> dictionary(depth);
        };
    }

    long integer() {
        return switch (random.nextInt(3)) {
            case 0 -> EDGE_INTEGERS[random.nextInt(EDGE_INTEGERS.length)];
            case 1 -> random.nextInt(2000) - 1000;
            default -> random.nextLong();
        };
    }

    /** Mostly short strings; binary bytes of all 256 values, or lowercase ASCII so keys collide often. */
    BencodeString string() {
        int length = random.nextInt(10) == 0 ? random.nextInt(300) : random.nextInt(6);
        byte[] bytes = new byte[length];
        if (random.nextBoolean()) {
            random.nextBytes(bytes);
        } else {
            for (int i = 0; i < length; i++) {
                bytes[i] = (byte) ('a' + random.nextInt(4));
            }
        }
        return BencodeString.of(bytes);
    }

    private BencodeList list(int depth) {
        List<BencodeValue> values = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            values.add(value(depth - 1));
        }
        return new BencodeList(values);
    }

    private BencodeDictionary dictionary(int depth) {
        BencodeDictionary.Builder builder = BencodeDictionary.builder();
        for (int i = random.nextInt(5); i > 0; i--) {
            builder.put(string(), value(depth - 1));
        }
        return builder.build();
    }
}
