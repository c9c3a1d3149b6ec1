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

    /** The canonical encoding of the value. */
    public static byte[] encode(BencodeValue value) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Writes the canonical encoding of the value to the stream, which stays open. */
    public static void encode(BencodeValue value, OutputStream out) throws IOException {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
