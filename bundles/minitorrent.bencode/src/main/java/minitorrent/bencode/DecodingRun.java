package minitorrent.bencode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One decoding of one input: builds lists and dictionaries iteratively on explicit stacks (no
 * recursion, so no depth limit can ever overflow the thread's stack), enforces the limits, and
 * collects the warnings. Used once, on the calling thread.
 *
 * <p>Values that are still open live on one value stack; a dictionary's keys and values alternate
 * there. Only when a container ends are its elements copied out, once, into the container.
 */
final class DecodingRun {

    /** Past this many warnings only a count is kept, so hostile input cannot grow the list. */
    static final int MAX_WARNINGS = 100;

    private final byte[] input;
    private final DecoderLimits limits;
    private final BencodeScanner scanner;
    private int tokens;

    private BencodeValue[] values = new BencodeValue[64];
    /** Where each value on the value stack starts in the input (used for keys in errors). */
    private int[] valueOffsets = new int[64];
    private int valueCount;

    private int[] frameStart = new int[16];
    private int[] frameBase = new int[16];
    private boolean[] frameIsDictionary = new boolean[16];
    private boolean[] frameUnsorted = new boolean[16];
    private int depth;

    private final List<BencodeWarning> warnings = new ArrayList<>();
    private int droppedWarnings;

    /** Takes ownership of the input array: nobody may write to it afterwards. */
    DecodingRun(byte[] input, DecoderLimits limits) {
        this.input = input;
        this.limits = limits;
        this.scanner = new BencodeScanner(input);
    }

    DecodeResult run() throws BencodeException {
        if (input.length == 0) {
            throw new BencodeException("empty input", 0);
        }
        while (true) {
            if (scanner.atEnd()) {
                throw new BencodeException("unexpected end of input inside the " + openKind() + " that starts at byte "
                        + frameStart[depth - 1], input.length);
            }
            int start = scanner.position();
            byte next = scanner.peek();
            BencodeValue completed;
            if (next == 'e') {
                if (depth == 0) {
                    throw new BencodeException("unexpected 'e' where a value should start", start);
                }
                scanner.skip();
                completed = closeFrame();
                start = frameStart[depth];
            } else {
                if (expectingKey() && !BencodeScanner.isDigit(next)) {
                    throw new BencodeException("dictionary key must be a byte string, found "
                            + BencodeScanner.describe(next), start);
                }
                countToken(start);
                if (next == 'i') {
                    completed = scanner.readInteger();
                } else if (BencodeScanner.isDigit(next)) {
                    completed = scanner.readString();
                } else if (next == 'l' || next == 'd') {
                    scanner.skip();
                    openFrame(start, next == 'd');
                    continue;
                } else {
                    throw new BencodeException("unexpected byte " + BencodeScanner.describe(next)
                            + " where a value should start", start);
                }
            }
            if (depth == 0) {
                return finish(completed);
            }
            push(completed, start);
        }
    }

    private DecodeResult finish(BencodeValue top) throws BencodeException {
        if (!scanner.atEnd()) {
            throw new BencodeException("trailing bytes after the top-level value", scanner.position());
        }
        if (droppedWarnings > 0) {
            warnings.add(new BencodeWarning(input.length, droppedWarnings + " more warnings not listed at byte "
                    + input.length));
        }
        return new DecodeResult(top, warnings);
    }

    private String openKind() {
        return frameIsDictionary[depth - 1] ? "dictionary" : "list";
    }

    private boolean expectingKey() {
        return depth > 0 && frameIsDictionary[depth - 1] && ((valueCount - frameBase[depth - 1]) & 1) == 0;
    }

    private void countToken(int offset) throws BencodeException {
        if (++tokens > limits.maxTokens()) {
            throw new BencodeException("more than the limit of " + limits.maxTokens() + " values", offset);
        }
    }

    private void openFrame(int start, boolean dictionary) throws BencodeException {
        if (depth >= limits.maxDepth()) {
            throw new BencodeException("nesting deeper than the limit of " + limits.maxDepth(), start);
        }
        if (depth == frameStart.length) {
            int capacity = depth * 2;
            frameStart = Arrays.copyOf(frameStart, capacity);
            frameBase = Arrays.copyOf(frameBase, capacity);
            frameIsDictionary = Arrays.copyOf(frameIsDictionary, capacity);
            frameUnsorted = Arrays.copyOf(frameUnsorted, capacity);
        }
        frameStart[depth] = start;
        frameBase[depth] = valueCount;
        frameIsDictionary[depth] = dictionary;
        frameUnsorted[depth] = false;
        depth++;
    }

    private void push(BencodeValue value, int offset) throws BencodeException {
        if (expectingKey()) {
            checkKeyOrder((BencodeString) value, offset);
        }
        if (valueCount == values.length) {
            values = Arrays.copyOf(values, valueCount * 2);
            valueOffsets = Arrays.copyOf(valueOffsets, valueCount * 2);
        }
        values[valueCount] = value;
        valueOffsets[valueCount] = offset;
        valueCount++;
    }

    /** BEP 3: keys in sorted order. Duplicates are an error, disorder only a warning. */
    private void checkKeyOrder(BencodeString key, int offset) throws BencodeException {
        int frame = depth - 1;
        if (valueCount == frameBase[frame] || frameUnsorted[frame]) {
            return; // first key, or disorder already seen: duplicates are then found when the dictionary ends
        }
        BencodeString previous = (BencodeString) values[valueCount - 2];
        int order = previous.compareTo(key);
        if (order == 0) {
            throw duplicateKey(key, offset);
        }
        if (order > 0) {
            frameUnsorted[frame] = true;
            warn(offset, "dictionary key " + key + " comes after " + previous + ", keys are not sorted");
        }
    }

    private static BencodeException duplicateKey(BencodeString key, int offset) {
        return new BencodeException("duplicate dictionary key " + key, offset);
    }

    private void warn(int offset, String problem) {
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(new BencodeWarning(offset, problem + " at byte " + offset));
        } else {
            droppedWarnings++;
        }
    }

    private BencodeValue closeFrame() throws BencodeException {
        depth--;
        int base = frameBase[depth];
        int count = valueCount - base;
        BencodeValue closed;
        if (frameIsDictionary[depth]) {
            if ((count & 1) != 0) {
                throw new BencodeException("dictionary key " + values[valueCount - 1] + " has no value",
                        scanner.position() - 1);
            }
            closed = frameUnsorted[depth] ? sortedDictionary(base, count / 2) : dictionary(base, count / 2);
        } else {
            closed = new BencodeList(List.of(Arrays.copyOfRange(values, base, valueCount)));
        }
        Arrays.fill(values, base, valueCount, null); // let the garbage collector have what the caller drops
        valueCount = base;
        return closed;
    }

    private BencodeDictionary dictionary(int base, int size) {
        BencodeString[] keys = new BencodeString[size];
        BencodeValue[] entryValues = new BencodeValue[size];
        for (int i = 0; i < size; i++) {
            keys[i] = (BencodeString) values[base + 2 * i];
            entryValues[i] = values[base + 2 * i + 1];
        }
        return withSource(keys, entryValues);
    }

    /** Sorts the entries of a dictionary whose keys came out of order, and finds duplicates among them. */
    private BencodeDictionary sortedDictionary(int base, int size) throws BencodeException {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> ((BencodeString) values[base + 2 * a]).compareTo(
                (BencodeString) values[base + 2 * b]));
        BencodeString[] keys = new BencodeString[size];
        BencodeValue[] entryValues = new BencodeValue[size];
        for (int i = 0; i < size; i++) {
            keys[i] = (BencodeString) values[base + 2 * order[i]];
            entryValues[i] = values[base + 2 * order[i] + 1];
            if (i > 0 && keys[i].equals(keys[i - 1])) {
                // the stable sort keeps input order, so order[i] is the later occurrence
                throw duplicateKey(keys[i], valueOffsets[base + 2 * order[i]]);
            }
        }
        return withSource(keys, entryValues);
    }

    private BencodeDictionary withSource(BencodeString[] keys, BencodeValue[] entryValues) {
        int start = frameStart[depth];
        return new BencodeDictionary(keys, entryValues, input, start, scanner.position() - start);
    }
}
