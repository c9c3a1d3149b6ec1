package minitorrent.bencode;

/**
 * Receives a value's tokens in canonical order from {@link CanonicalWalk}; implemented by the
 * two writers of the encoder.
 *
 * @param <X> the exception the sink may throw (IOException for a stream, none for an array)
 */
interface TokenSink<X extends Exception> {

    void integer(long value) throws X;

    void string(BencodeString value) throws X;

    /** Starts a list ({@code 'l'}) or a dictionary ({@code 'd'}). */
    void begin(byte kind) throws X;

    /** Ends the innermost open list or dictionary ({@code 'e'}). */
    void end() throws X;
}
