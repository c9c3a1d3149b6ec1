package minitorrent.bencode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * Decodes bencode (BEP 3) strictly and safely: every malformed input, every input past a
 * {@link DecoderLimits limit}, and any byte after the top-level value is a {@link BencodeException}
 * naming the problem and its byte offset. Dictionary keys out of order are accepted with a
 * {@link BencodeWarning}, because real torrents have them; duplicate keys are an error.
 *
 * <p>Immutable and thread-safe: one decoder may serve many threads.
 */
public final class BencodeDecoder {

    /** The largest array most JVMs can allocate. */
    private static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    private final DecoderLimits limits;

    /** A decoder with {@link DecoderLimits#DEFAULT the default limits}. */
    public BencodeDecoder() {
        this(DecoderLimits.DEFAULT);
    }

    /** A decoder with the given limits. */
    public BencodeDecoder(DecoderLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** The limits this decoder enforces. */
    public DecoderLimits limits() {
        return limits;
    }

    /** Decodes the whole array, which must hold exactly one value. The array is not kept. */
    public DecodeResult decode(byte[] input) throws BencodeException {
        checkSize(input.length);
        return decodeOwned(input.clone());
    }

    /**
     * Decodes the buffer's remaining bytes, which must hold exactly one value. The buffer's position
     * does not move; offsets count from it.
     */
    public DecodeResult decode(ByteBuffer input) throws BencodeException {
        checkSize(input.remaining());
        byte[] copy = new byte[input.remaining()];
        input.get(input.position(), copy);
        return decodeOwned(copy);
    }

    /**
     * Decodes the stream up to its end, which must hold exactly one value. Reads at most
     * {@code limits().maxBytes() + 1} bytes, and does not close the stream.
     */
    public DecodeResult decode(InputStream input) throws BencodeException, IOException {
        // One byte past the limit tells "exactly at the limit" from "too large" without reading on.
        byte[] bytes = input.readNBytes((int) Math.min(limits.maxBytes() + 1L, MAX_ARRAY_LENGTH));
        checkSize(bytes.length);
        return decodeOwned(bytes);
    }

    private void checkSize(int length) throws BencodeException {
        if (length > limits.maxBytes()) {
            throw new BencodeException("input is larger than the limit of " + limits.maxBytes() + " bytes",
                    limits.maxBytes());
        }
    }

    /**
     * Every decoded string and dictionary is a view into this array, which is why the decoder
     * copies its input first: the caller's array or buffer may change after decoding returns.
     */
    private DecodeResult decodeOwned(byte[] input) throws BencodeException {
        return new DecodingRun(input, limits).run();
    }
}
