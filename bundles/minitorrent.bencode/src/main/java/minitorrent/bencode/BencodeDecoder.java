package minitorrent.bencode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

/**
 * Decodes bencode (BEP 3) strictly and safely: every malformed input, every input past a
 * {@link DecoderLimits limit}, and any byte after the top-level value is a {@link BencodeException}
 * naming the problem and its byte offset. Dictionary keys out of order are accepted with a
 * {@link BencodeWarning}, because real torrents have them; duplicate keys are an error.
 *
 * <p>Immutable and thread-safe: one decoder may serve many threads.
 */
public final class BencodeDecoder {

    private final DecoderLimits limits;

    /** A decoder with {@link DecoderLimits#DEFAULT the default limits}. */
    public BencodeDecoder() {
        this(DecoderLimits.DEFAULT);
    }

    /** A decoder with the given limits. */
    public BencodeDecoder(DecoderLimits limits) {
        this.limits = limits;
    }

    /** The limits this decoder enforces. */
    public DecoderLimits limits() {
        return limits;
    }

    /** Decodes the whole array, which must hold exactly one value. The array is not kept. */
    public DecodeResult decode(byte[] input) throws BencodeException {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * Decodes the buffer's remaining bytes, which must hold exactly one value. The buffer's position
     * does not move; offsets count from it.
     */
    public DecodeResult decode(ByteBuffer input) throws BencodeException {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * Decodes the stream up to its end, which must hold exactly one value. Reads at most
     * {@code limits().maxBytes() + 1} bytes, and does not close the stream.
     */
    public DecodeResult decode(InputStream input) throws BencodeException, IOException {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
