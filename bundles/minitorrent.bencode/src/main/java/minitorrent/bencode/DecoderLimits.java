package minitorrent.bencode;

/**
 * Bounds that keep the decoder safe on hostile input: how deep containers may nest, how many
 * values the input may hold, and how large it may be.
 *
 * @param maxDepth  the deepest nesting of lists and dictionaries (a top-level list is depth 1)
 * @param maxTokens the most values (integers, strings, lists, dictionaries, keys included)
 * @param maxBytes  the largest input accepted, in bytes
 */
public record DecoderLimits(int maxDepth, int maxTokens, int maxBytes) {

    /** The defaults, the same as libtorrent's: depth 100, 3,000,000 tokens, 10 MiB. */
    public static final DecoderLimits DEFAULT = new DecoderLimits(100, 3_000_000, 10 * 1024 * 1024);

    /** Rejects limits that could never accept any input. */
    public DecoderLimits {
        if (maxDepth < 0 || maxTokens < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("limits must be positive (depth may be 0): depth " + maxDepth
                    + ", tokens " + maxTokens + ", bytes " + maxBytes);
        }
    }

    /** These limits with another maximum depth. */
    public DecoderLimits withMaxDepth(int depth) {
        return new DecoderLimits(depth, maxTokens, maxBytes);
    }

    /** These limits with another maximum token count. */
    public DecoderLimits withMaxTokens(int tokens) {
        return new DecoderLimits(maxDepth, tokens, maxBytes);
    }

    /** These limits with another maximum input size. */
    public DecoderLimits withMaxBytes(int bytes) {
        return new DecoderLimits(maxDepth, maxTokens, bytes);
    }
}
