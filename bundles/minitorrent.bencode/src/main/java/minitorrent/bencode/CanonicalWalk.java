package minitorrent.bencode;

import java.util.Arrays;

/**
 * Walks a value depth-first and hands its tokens to a sink in canonical order (dictionary keys
 * sorted, each key before its value). Iterative, so a value nested deeper than the thread's stack
 * could recurse still encodes.
 */
final class CanonicalWalk {

    private CanonicalWalk() {
    }

    static <X extends Exception> void walk(BencodeValue root, TokenSink<X> sink) throws X {
        // An open container and how many of its tokens were emitted (a dictionary has two per entry).
        BencodeValue[] containers = new BencodeValue[16];
        int[] emitted = new int[16];
        int depth = 0;
        BencodeValue next = root;
        while (true) {
            if (next != null) {
                byte kind = switch (next) {
                    case BencodeInteger integer -> {
                        sink.integer(integer.value());
                        yield 0;
                    }
                    case BencodeString string -> {
                        sink.string(string);
                        yield 0;
                    }
                    case BencodeList list -> (byte) 'l';
                    case BencodeDictionary dictionary -> (byte) 'd';
                };
                if (kind != 0) {
                    sink.begin(kind);
                    if (depth == containers.length) {
                        containers = Arrays.copyOf(containers, depth * 2);
                        emitted = Arrays.copyOf(emitted, depth * 2);
                    }
                    containers[depth] = next;
                    emitted[depth++] = 0;
                }
            }
            if (depth == 0) {
                return;
            }
            next = childAfter(containers[depth - 1], emitted[depth - 1]++);
            if (next == null) {
                sink.end();
                depth--;
            }
        }
    }

    /** The token at the index among the container's children, or null past the last one. */
    private static BencodeValue childAfter(BencodeValue container, int index) {
        if (container instanceof BencodeDictionary dictionary) {
            int entry = index >> 1;
            if (entry >= dictionary.size()) {
                return null;
            }
            return (index & 1) == 0 ? dictionary.keyAt(entry) : dictionary.valueAt(entry);
        }
        var values = ((BencodeList) container).values();
        return index < values.size() ? values.get(index) : null;
    }
}
