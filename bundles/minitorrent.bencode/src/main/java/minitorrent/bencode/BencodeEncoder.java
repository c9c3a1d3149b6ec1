package minitorrent.bencode;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes values in canonical bencode (BEP 3): integers without leading zeros, dictionary keys in
 * unsigned byte order (dictionaries keep them sorted), so equal values always encode to equal
 * bytes. Stateless and thread-safe.
 */
public final class BencodeEncoder {

    private BencodeEncoder() {
    }

    /**
     * The canonical encoding of the value.
     *
     * @throws IllegalArgumentException if the encoding would not fit in an array (2 GiB); use
     *                                  {@link #encode(BencodeValue, OutputStream)} for such a value
     */
    public static byte[] encode(BencodeValue value) {
        ArrayTokenWriter writer = new ArrayTokenWriter();
        CanonicalWalk.walk(value, writer);
        return writer.result();
    }

    /** Writes the canonical encoding of the value to the stream, buffered; the stream stays open. */
    public static void encode(BencodeValue value, OutputStream out) throws IOException {
        StreamTokenWriter writer = new StreamTokenWriter(out);
        CanonicalWalk.walk(value, writer);
        writer.flush();
    }
}
