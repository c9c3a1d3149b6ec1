package minitorrent.bencode;

/**
 * Input that is not valid bencode or that breaks a {@link DecoderLimits limit}. The message names
 * the problem and ends with the byte offset where it was found, e.g.
 * {@code "leading zero in integer at byte 12"}.
 */
public final class BencodeException extends Exception {

    private static final long serialVersionUID = 1L;

    private final long offset;
    private final String problem;

    /**
     * @param problem what is wrong, without the offset (e.g. "leading zero in integer")
     * @param offset  the byte offset in the input where it was found
     */
    public BencodeException(String problem, long offset) {
        super(problem + " at byte " + offset);
        this.problem = problem;
        this.offset = offset;
    }

    /** The byte offset in the input where the problem was found. */
    public long offset() {
        return offset;
    }

    /** What is wrong, without the offset. */
    public String problem() {
        return problem;
    }
}
